import SitrepModel

// MARK: - The word classes each sentence holds, read once for all the per-sentence rules

/// The classes of words that per-sentence rules start from. A rule whose first loop looks for a
/// word of its class does nothing in a sentence without one: it tests the sentence's classes and
/// returns at once, instead of scanning every token and hashing each into its set.
struct SentenceWords: OptionSet {
    let rawValue: UInt32

    /// A word that starts a barricade: "blocked", "burned", "cut" (`Assembler.barricadeStarts`, `proposeBarricade`).
    static let barricadeStart = SentenceWords(rawValue: 1 << 0)
    /// A verb of destroying property: "burned", "torched", "razed" (`Assembler.destructionVerbs`, `proposeDestruction`).
    static let destructionVerb = SentenceWords(rawValue: 1 << 1)
    /// A verb of taking people: "seized", "snatched", "took" (`Assembler.peopleTakingWords`, `proposeSeizure`).
    static let peopleTaking = SentenceWords(rawValue: 1 << 2)
    /// A verb of dispersing: "dispersed" (`Assembler.disperseWords`, `proposeDispersal`).
    static let disperse = SentenceWords(rawValue: 1 << 3)
    /// A verb of exchanging: "exchanged", "swapped" (`Assembler.exchangeVerbs`, `proposeExchangeOrDowning`).
    static let exchangeVerb = SentenceWords(rawValue: 1 << 4)
    /// A verb of bringing down: "downed", "shot" (`Assembler.bringDownVerbs`, `proposeExchangeOrDowning`).
    static let bringDownVerb = SentenceWords(rawValue: 1 << 5)
    /// A verb of aiming: "fired", "hurled" (`Assembler.aimVerbs`, `proposeAimedFire`).
    static let aimVerb = SentenceWords(rawValue: 1 << 6)
    /// A perfect's auxiliary: "has", "have", "had" (`Assembler.perfectAuxiliaries`, `speaksOfTheWarSoFar`).
    static let perfectAuxiliary = SentenceWords(rawValue: 1 << 7)
    /// A long period: "years", "decade", "months" (`Assembler.longPeriods`, `speaksOfTheWarSoFar`).
    static let longPeriod = SentenceWords(rawValue: 1 << 8)
    /// A number of four digits from 1900 on, which may be a year (`speaksSinceEarlierYear`,
    /// `retellsAnEarlierYearsAct`).
    static let yearNumber = SentenceWords(rawValue: 1 << 9)
    /// A group word written with a capital, not in capitals: "Army", "Front", "Brigade"
    /// (`Assembler.groupHeads`, the head of a name in `unlistedGroups`).
    static let namedGroupHead = SentenceWords(rawValue: 1 << 10)
    /// A group word written in lowercase: "militia", "militiamen", "movement"
    /// (`Assembler.lowercaseGroupWords`, `unlistedGroups`).
    static let lowercaseGroupWord = SentenceWords(rawValue: 1 << 11)
    /// A word in capitals, which may abbreviate a group's name (`unlistedGroups`).
    static let capitalsWord = SentenceWords(rawValue: 1 << 12)
    /// "carried" ("carried out": `unlistedGroups`' doer named before it).
    static let carried = SentenceWords(rawValue: 1 << 13)
    /// "domestic", "marital" or a spouse's word: "wife", "partner" (`Assembler.domesticCues`, `isDomestic`).
    static let domesticCue = SentenceWords(rawValue: 1 << 14)
    /// "size" (ACLED's "[size=...]" tag: `hasCrowdSizeTag`).
    static let size = SentenceWords(rawValue: 1 << 15)
    /// A word of accusing: "suspected", "accused" (`Assembler.accusationWords`, `dropAccusedActs`).
    static let accusationWord = SentenceWords(rawValue: 1 << 16)
    /// A verb of claiming: "claimed", "claims" (`Assembler.claimVerbs`: `noOneClaimed`, `laterClaimant`).
    static let claimVerb = SentenceWords(rawValue: 1 << 17)
    /// A word a group's presence is told with: "active", "operate" (`Assembler.presenceWords`, `tellsPresence`).
    static let presenceWord = SentenceWords(rawValue: 1 << 18)
    /// An auxiliary of a running toll: "have", "has", "been" (`Assembler.runningTollAuxiliaries`, `cumulativeToll`).
    static let runningTollAuxiliary = SentenceWords(rawValue: 1 << 19)
    /// A word of quarrelling: "dispute", "feud" (`Assembler.quarrelWords`, `isPrivateQuarrel`).
    static let quarrelWord = SentenceWords(rawValue: 1 << 20)
    /// "since" (`toldAfterSince`).
    static let since = SentenceWords(rawValue: 1 << 21)
    /// A verb of a trend: "rose", "increased" (`Assembler.trendVerbs`, `countsATrend`).
    static let trendVerb = SentenceWords(rawValue: 1 << 22)
    /// A base noun: "base", "camp", "outpost" (`Assembler.baseNouns`, `proposeBaseSetUp`).
    static let baseNoun = SentenceWords(rawValue: 1 << 23)
    /// A word an act told as a circumstance starts from: "despite", "sanctions", "due", "demanding",
    /// "since", "anniversary" (`Assembler.circumstanceCues`, `toldAsCircumstance`).
    static let circumstanceCue = SentenceWords(rawValue: 1 << 24)
    /// A word of arms on show: "parade", "drills", "exercise" (`Assembler.displayCues`, `isADisplayOfArms`).
    static let displayWord = SentenceWords(rawValue: 1 << 25)
    /// A word of computer crime: "ransomware", "hackers" (`Assembler.computerCrimeWords`, `isComputerCrime`).
    static let computerCrimeWord = SentenceWords(rawValue: 1 << 26)
    /// A word of the displaced: "displaced", "fled" (`Assembler.displacedWords`, `countsTheDisplaced`).
    static let displacedWord = SentenceWords(rawValue: 1 << 27)
    /// "gas", "teargas", "smoke", "fumes" (`gasUsedInWar`, `Assembler.fumeWords`).
    static let gasWord = SentenceWords(rawValue: 1 << 28)
    /// A verb of driving out: "drove", "pushed", "expelled" (`Assembler.expelVerbs`, `proposeExpulsion`).
    static let expelVerb = SentenceWords(rawValue: 1 << 29)

    /// Any word `readActs`' act rules start from (`Assembler.actVerbs`).
    static let actVerb: SentenceWords = [.barricadeStart, .destructionVerb, .peopleTaking, .disperse, .exchangeVerb, .bringDownVerb, .aimVerb]
    /// Any word `unlistedGroups` starts from.
    static let unlistedGroupCue: SentenceWords = [.namedGroupHead, .lowercaseGroupWord, .capitalsWord, .carried]

    /// The classes of a word that hold only as it is written: a group head with a capital, a
    /// group word in lowercase (`lexClasses` are its word's classes, `flags` how it is written).
    @inline(__always) static func written(_ lexClasses: SentenceWords, _ flags: Token.Flags) -> SentenceWords {
        var out = lexClasses
        if flags.contains(.allCaps) { out.insert(.capitalsWord) }
        if !flags.contains(.capitalized) || flags.contains(.allCaps) { out.remove(.namedGroupHead) }
        if flags.contains(.capitalized) { out.remove(.lowercaseGroupWord) }
        return out
    }

    /// Each word class's words in one open-addressing table of their hashes: a word of none of
    /// them (most) costs one probe that finds an empty slot.
    struct Index: Sendable {
        private let keys: [UInt64]
        private let masks: [UInt32]
        private let slotMask: Int

        init(_ classes: [(SentenceWords, WordSet)]) {
            var size = 64
            let total = classes.reduce(0) { $0 + $1.1.hashes.count }
            while size < total * 8 { size *= 2 }  // a table at most one-eighth full: short probes
            var keys = [UInt64](repeating: 0, count: size), masks = [UInt32](repeating: 0, count: size)
            for (c, set) in classes {
                for h in set.hashes {
                    var i = Int(truncatingIfNeeded: h) & (size - 1)
                    while keys[i] != 0, keys[i] != h { i = (i + 1) & (size - 1) }
                    keys[i] = h
                    masks[i] |= c.rawValue
                }
            }
            self.keys = keys
            self.masks = masks
            slotMask = size - 1
        }

        /// The classes of the word whose hash is `lex` (no class: empty). A zero hash is no word.
        @inline(__always) func classes(of lex: UInt64, _ keys: UnsafeBufferPointer<UInt64>, _ masks: UnsafeBufferPointer<UInt32>) -> SentenceWords {
            var i = Int(truncatingIfNeeded: lex) & slotMask
            while true {
                let k = keys[i]
                if k == lex { return lex == 0 ? [] : SentenceWords(rawValue: masks[i]) }
                if k == 0 { return [] }
                i = (i + 1) & slotMask
            }
        }

        /// Writes the classes of each sentence's words, and of a year's number, into `out` (one
        /// per sentence).
        func classes(of doc: Document, into out: UnsafeMutableBufferPointer<UInt32>) {
            keys.withUnsafeBufferPointer { keys in
                masks.withUnsafeBufferPointer { masks in
                    doc.tokens.withUnsafeBufferPointer { tokens in
                        for (k, s) in doc.sentences.enumerated() {
                            var found: SentenceWords = []
                            for t in s.range {
                                let token = tokens[t]
                                if token.kind == .word {
                                    found.formUnion(SentenceWords.written(classes(of: token.lex, keys, masks), token.flags))
                                } else if token.kind == .number, token.length == 4, token.value >= 1900 {
                                    found.insert(.yearNumber)
                                }
                            }
                            out[k] = found.rawValue
                        }
                    }
                }
            }
        }
    }

    /// Each word class with the rules' own set of its words.
    static let wordClasses: [(SentenceWords, WordSet)] = [
        (.barricadeStart, Assembler.barricadeStarts), (.destructionVerb, Assembler.destructionVerbs),
        (.peopleTaking, Assembler.peopleTakingWords), (.disperse, Assembler.disperseWords),
        (.exchangeVerb, Assembler.exchangeVerbs), (.bringDownVerb, Assembler.bringDownVerbs), (.aimVerb, Assembler.aimVerbs),
        (.perfectAuxiliary, Assembler.perfectAuxiliaries), (.longPeriod, Assembler.longPeriods),
        (.namedGroupHead, Assembler.groupHeads), (.lowercaseGroupWord, Assembler.lowercaseGroupWords),
        (.carried, WordSet(["carried"])), (.domesticCue, Assembler.domesticCues), (.size, WordSet(["size"])),
        (.accusationWord, Assembler.accusationWords), (.claimVerb, Assembler.claimVerbs),
        (.presenceWord, Assembler.presenceWords), (.runningTollAuxiliary, Assembler.runningTollAuxiliaries),
        (.quarrelWord, Assembler.quarrelWords), (.since, WordSet(["since"])), (.trendVerb, Assembler.trendVerbs),
        (.baseNoun, Assembler.baseNouns), (.circumstanceCue, Assembler.circumstanceCues),
        (.displayWord, Assembler.displayCues), (.computerCrimeWord, Assembler.computerCrimeWords),
        (.displacedWord, Assembler.displacedWords), (.gasWord, WordSet(unionOf: [WordSet(["teargas"]), Assembler.fumeWords])),
        (.expelVerb, Assembler.expelVerbs),
    ]

    static let index = Index(wordClasses)
}

/// A document's `SentenceWords`, one per sentence, made in one pass over its tokens the first time
/// a rule asks; and the per-sentence answers of `speaksOfTheWarSoFar`, which the evidence, the
/// toll and the figures each ask of the same sentence. One table per `Assembler` (one document,
/// read on one thread). Kept in owned memory: a read needs no exclusivity check.
final class SentenceWordTable {
    /// Per sentence: its classes (the low 30 bits) and the remembered war-so-far answer (bit 30:
    /// asked, bit 31: yes). Empty until the first question.
    private var table = UnsafeMutableBufferPointer<UInt32>(start: nil, count: 0)
    private static let asked: UInt32 = 1 << 30, yes: UInt32 = 1 << 31

    deinit { table.deallocate() }

    @inline(__always) private func entry(_ k: Int, _ doc: Document) -> UnsafeMutablePointer<UInt32> {
        if table.baseAddress == nil { build(doc) }
        precondition(k >= 0 && k < table.count)
        return table.baseAddress! + k
    }

    private func build(_ doc: Document) {
        table = .allocate(capacity: max(1, doc.sentences.count))  // never empty: built once
        table.initialize(repeating: 0)
        SentenceWords.index.classes(of: doc, into: table)
    }

    /// The classes of sentence `k`'s words.
    func words(_ k: Int, in doc: Document) -> SentenceWords {
        SentenceWords(rawValue: entry(k, doc).pointee & (Self.asked - 1))
    }

    /// The remembered answer for sentence `k`, or `compute`'s (then remembered).
    func speaksOfTheWarSoFar(_ k: Int, in doc: Document, _ compute: () -> Bool) -> Bool {
        let e = entry(k, doc)
        if e.pointee & Self.asked != 0 { return e.pointee & Self.yes != 0 }
        let answer = compute()
        e.pointee |= Self.asked | (answer ? Self.yes : 0)
        return answer
    }
}

extension Assembler {
    /// The classes of sentence `k`'s words (see `SentenceWords`).
    @inline(__always) func sentenceWords(_ k: Int) -> SentenceWords {
        sentenceWordTable.words(k, in: doc)
    }

    /// The classes of the words of the sentence whose range is `range` exactly, or every class
    /// when `range` is only part of a sentence (a rule then scans as before).
    func sentenceWords(of range: Range<Int>) -> SentenceWords {
        guard !range.isEmpty else { return [] }
        let k = Int(doc.sentenceOf[range.lowerBound])
        return doc.sentences[k].range == range ? sentenceWords(k) : SentenceWords(rawValue: .max)
    }
}
