import SitrepModel

// MARK: - Territory: an armed actor who "seized" something took territory only if it is a place

extension Assembler {
    /// Whether the incident's taking words ("seized", "took over", "stormed") take territory: a
    /// place name or a territory noun ("the village", "army positions", "the checkpoint") within
    /// the words after it, up to a clause mark. Nil when the incident has no such word. ACLED:
    /// "non-state actor overtakes territory" needs territory; goods, vehicles, a house or an office
    /// seized or stormed and taken from are looting/property destruction.
    func takesTerritory(_ inc: Incident, words: [UInt64] = Assembler.takingWords, ground: Set<UInt64> = Assembler.territoryWords,
                        whole: Bool = false) -> Bool? {
        var any = false
        for k in inc.sentences where doc.sentenceHas(k, .trigger) {
            let range = doc.sentences[k].range
            for t in range where doc.lexHas(t, .trigger) && doc.tokens[t].isWord && words.contains(doc.tokens[t].lex) {
                any = true
                // from the next word: the phrase itself may say it ("took control")
                var j = t + 1
                while j < min(range.upperBound, t + 8) {
                    let tok = doc.tokens[j]
                    if tok.kind == .punct, tok.mark == 0x2C || tok.mark == 0x3B || tok.mark == 0x28 { break }
                    // (`whole`: "parts of the city", "several checkpoints" are ground fought over, not a place taken)
                    if whole, tok.isWord, Self.partWords.contains(tok.stem) { break }
                    if doc.placeCovers(j) || tok.isWord && ground.contains(tok.stem) { return true }
                    j += 1
                }
            }
        }
        return any ? false : nil
    }

    /// A taking word that is at least a full capture ("seized", "captured", "took control"), not
    /// a storming alone.
    static let takingWeight = 2.0

    /// Whether the incident's only words of taking ground are of storming ("stormed the village"):
    /// fighters who storm a place may take it or only raid it.
    func onlyStorms(_ inc: Incident) -> Bool {
        var storms = false
        for k in inc.sentences where doc.sentenceHas(k, .trigger) {
            for t in doc.sentences[k].range where doc.lexHas(t, .trigger) {
                guard doc.lexEntries(at: t).contains(where: { extractor.triggerType[Int($0)] == .nonStateOvertakes || extractor.triggerType[Int($0)] == .governmentRegains })
                else { continue }
                guard doc.tokens[t].isWord, Self.stormWords.contains(doc.tokens[t].lex) else { return false }
                storms = true
            }
        }
        return storms
    }

    static let stormWords = WordSet(["stormed", "storm", "storming", "storms"])

    static let takingWords: [UInt64] = ["seized", "seize", "seizes", "seizing", "stormed", "took", "taken"].map { DateResolver.lexHash($0) }
    /// The taking words and the verbs of capture, for ground taken in a fight ("captured"
    /// people or weapons are no looting either, so the looting rule reads `takingWords` only).
    static let captureWords: [UInt64] = takingWords + ["captured", "capture", "captures", "capturing", "recaptured", "recapture", "retook",
                                                       "retaken", "overran", "overrun"].map { DateResolver.lexHash($0) }

    /// Settlements and areas whose taking ends a fight as a change of territory (stems).
    static let settlementWords: Set<UInt64> = Set(
        ["village", "town", "city", "district", "region", "province", "territory", "neighbourhood", "neighborhood", "locality",
         "county", "commune", "suburb", "island", "airport", "base", "barracks", "headquarters", "port", "oilfield", "airbase"]
            .map { word in Array(word.utf8).withUnsafeBufferPointer { Fold.stemHash($0) } })

    /// Words that make a taking partial or small: "parts of the city", "several checkpoints", "army positions".
    static let partWords: Set<UInt64> = Set(
        ["part", "parts", "some", "several", "positions", "position", "checkpoint", "checkpoints", "post", "posts", "outpost", "outposts", "outskirts"]
            .map { word in Array(word.utf8).withUnsafeBufferPointer { Fold.stemHash($0) } })

    /// Nouns for ground that can be held (stems: plurals included).
    static let territoryWords: Set<UInt64> = Set(
        ["village", "town", "city", "area", "district", "region", "province", "position", "base", "hill", "checkpoint",
         "territory", "neighbourhood", "neighborhood", "airport", "camp", "control", "outpost", "front", "frontline",
         "locality", "island", "mountain", "road", "highway", "bridge", "barracks", "post", "crossing", "border",
         "field", "oilfield", "airfield", "airbase", "site", "valley", "port", "county", "commune", "suburb", "outskirts", "countryside", "headquarters"]
            .map { word in Array(word.utf8).withUnsafeBufferPointer { Fold.stemHash($0) } })

    /// A verb of building ("established", "set up", "built", "opened") within five words before a
    /// base word of the incident ("established a new military base", "set up two observation
    /// posts"): forces moving to a base ("deployed reinforcements to observation points") or a
    /// building named ("the police headquarters") establish nothing.
    func establishesBase(_ inc: Incident) -> Bool {
        for k in inc.sentences where doc.sentenceHas(k, .trigger) {
            let range = doc.sentences[k].range
            for t in range where doc.lexHas(t, .trigger) && doc.lexEntries(at: t).contains(where: { extractor.triggerType[Int($0)] == .headquarters }) {
                for j in max(range.lowerBound, t - 5)..<t where doc.tokens[j].isWord && Self.buildingVerbs.contains(doc.tokens[j].lex) { return true }
            }
        }
        return false
    }

    /// "Forces set up two military bases": a base word after a verb of building (`establishesBase`)
    /// is the news, as much as "observation posts"; alone ("a military base") it weighs little.
    func proposeBase(_ ev: inout Evidence, sentence k: Int) {
        guard !ev.scores.isEmpty, ev.scores[SubEventType.headquarters.rawValue] > 0,
              ev.scores[SubEventType.headquarters.rawValue] < Self.baseWeight else { return }
        let range = doc.sentences[k].range
        for t in range where doc.lexHas(t, .trigger) && doc.lexEntries(at: t).contains(where: { extractor.triggerType[Int($0)] == .headquarters }) {
            for j in max(range.lowerBound, t - 5)..<t where doc.tokens[j].isWord && Self.buildingVerbs.contains(doc.tokens[j].lex) {
                let w = Self.baseWeight * reportFactor(trigger: t, end: doc.lexRange(at: t)?.upperBound ?? t + 1, sentence: range)
                    - ev.scores[SubEventType.headquarters.rawValue]
                if w > 0 { ev.propose(.headquarters, weight: w, trigger: t) }
                return
            }
        }
    }

    /// "Observation posts" in the lexicon.
    static let baseWeight = 2.0

    static let buildingVerbs: [UInt64] =
        ["established", "establish", "establishes", "establishing", "set", "sets", "setting", "built", "build", "builds", "building",
         "opened", "opens", "erected", "constructed", "constructing"].map { DateResolver.lexHash($0) }
}
