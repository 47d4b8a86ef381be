// MARK: - Claims and speakers: who says, who claims, who does not

extension Assembler {
    /// The sentence says that no one claimed the act: "no group claimed responsibility", "no one
    /// has claimed", "there was no immediate claim".
    func noOneClaimed(_ range: Range<Int>) -> Bool {
        // (a sentence with no claim verb is not scanned: see `SentenceWords`)
        guard sentenceWords(of: range).contains(.claimVerb) else { return false }
        for t in range where doc.tokens[t].isWord && DateResolver.isWord(doc, t, "no") {
            for j in (t + 1)..<min(range.upperBound, t + 5) where doc.tokens[j].isWord && Self.claimVerbs.contains(doc.tokens[j].lex) { return true }
        }
        return false
    }

    /// The last speech verb ("said", "told", "says") before token `t` in its sentence, if any.
    func speechVerb(before t: Int, in sentence: Range<Int>) -> Int? {
        var j = t - 1
        let verbs = Self.speechVerbs  // (read once, not per word)
        while j >= sentence.lowerBound {
            if doc.tokens[j].isWord, verbs.contains(doc.tokens[j].lex) { return j }
            j -= 1
        }
        return nil
    }

    static let speechVerbs = WordSet(["said", "says", "told", "stated", "added", "explained"])
    /// Who speaks for an actor: "police spokesman", "army officials", "militia sources".
    static let speakerRoles = WordSet(["spokesman", "spokeswoman", "spokesperson", "spokespeople", "official", "officials", "source",
                                       "sources", "commissioner", "officer", "chief", "commander", "statement"])

    /// The actor named at `r` claims the act: "al Shabaab claimed responsibility", "the Islamic
    /// State group's regional affiliate claimed responsibility", "IS claims credit", "the group's
    /// affiliate in the region claimed the attack", "TTP, known as the Pakistani Taliban, claimed
    /// responsibility" (wire copy puts an appositive between a group and its claim), or "al Shabaab
    /// said in a statement that its fighters carried out the attack" (the claim told as speech).
    func claimsResponsibility(_ r: Range<Int>) -> Bool {
        let s = doc.sentences[Int(doc.sentenceOf[r.lowerBound])].range
        var j = skipAppositive(after: nameTail(after: r.upperBound, in: s), in: s)
        var start = j
        var appositives = 0
        // (the sets read once, not per word)
        let claimVerbs = Self.claimVerbs, speechVerbs = Self.speechVerbs, claimFillers = Self.claimFillers
        while j < s.upperBound, j - start < 6, !claimVerbs.contains(doc.tokens[j].lex) || !doc.tokens[j].isWord {
            // "the group's Afghan affiliate, known as ISKP, claimed": an appositive after the fillers
            if doc.tokens[j].isPunct(0x2C), appositives == 0 {
                let next = skipAppositive(after: j, in: s)
                guard next > j else { return false }
                appositives += 1
                j = next; start = j
                continue
            }
            guard doc.tokens[j].isWord else { return false }
            if speechVerbs.contains(doc.tokens[j].lex) { return claimedInSpeech(after: j, in: s) }
            // ("Afghan affiliate": a demonym qualifies the group's branch)
            guard claimFillers.contains(doc.tokens[j].lex) || doc.lexHas(j, .demonym) else { return false }
            j += 1
        }
        guard j + 1 < s.upperBound, doc.tokens[j].isWord, claimVerbs.contains(doc.tokens[j].lex) else { return false }
        if word(j + 1, "responsibility") || word(j + 1, "credit") || word(j + 1, "it") { return true }
        // "claimed the attack", "claimed the ambush in a statement" (not "claimed the town")
        var k = word(j + 1, "the") || word(j + 1, "an") || word(j + 1, "a") || word(j + 1, "both") ? j + 2 : j + 1
        // ("claimed the Tarmiyah attack", "claimed Sunday's bombing": the act named by its place or day)
        let named = k
        while k < s.upperBound, k - named < 2, doc.tokens[k].isWord, doc.tokens[k].flags.contains(.capitalized) { k += 1 }
        return k < s.upperBound && doc.tokens[k].isWord && Self.claimedDeeds.contains(doc.tokens[k].lex)
    }

    /// The group at `r` is the one blamed for the act ("police blamed Boko Haram", "officials
    /// blamed the bombing on the JAS faction", "blamed it on al-Shabaab", "suspicion fell on Boko
    /// Haram"): a verb of blaming (or suspicion falling on it) at
    /// most six words before it in its clause. ACLED codes the suspected group when no other is named.
    func blamedFor(_ r: Range<Int>) -> Bool {
        let s = doc.sentences[Int(doc.sentenceOf[r.lowerBound])].range
        var j = r.lowerBound - 1
        let blameVerbs = Self.blameVerbs  // (read once, not per word)
        while j >= s.lowerBound, r.lowerBound - j <= 6 {
            let t = doc.tokens[j]
            if t.kind == .punct, t.mark == 0x3B || t.mark == 0x2E { return false }
            if t.isWord, blameVerbs.contains(t.lex) { return true }
            // "suspicion fell on Boko Haram" (not "over suspicion of being an informer")
            if t.isWord, word(j, "suspicion"), j + 2 < s.upperBound, Self.suspicionFalls.contains(doc.tokens[j + 1].lex), word(j + 2, "on") { return true }
            j -= 1
        }
        return false
    }

    static let blameVerbs = WordSet(["blamed", "blames", "blaming", "attributed", "attributes"])
    static let suspicionFalls = WordSet(["fell", "falls", "fall", "fallen", "centred", "centered", "pointed"])

    /// Past the rest of a group's name that the actor list does not hold: "Islamic State [in
    /// Khorasan Province]", "JNIM [of the Sahel]" (a linking word, then capitalized words).
    private func nameTail(after t: Int, in s: Range<Int>) -> Int {
        guard t + 1 < s.upperBound, word(t, "in") || word(t, "of"), doc.tokens[t + 1].flags.contains(.capitalized) else { return t }
        var j = t + 1
        while j < s.upperBound, j - t <= 4, doc.tokens[j].isWord, doc.tokens[j].flags.contains(.capitalized) || word(j, "the") { j += 1 }
        return j
    }

    /// The token after a comma-enclosed appositive that follows a name ("JNIM, al-Qaeda's affiliate
    /// in the Sahel, claimed ..."), else `t` itself. An appositive is short and holds no verb of
    /// saying or claiming, so a list or a new clause is not skipped.
    private func skipAppositive(after t: Int, in s: Range<Int>) -> Int {
        // "the Group for Support of Islam and Muslims (JNIM), ... claimed": the name read in its brackets
        if t < s.upperBound, doc.tokens[t].isPunct(0x29) { return skipAppositive(after: t + 1, in: s) }
        // "its affiliate, known as Islamic State Khorasan Province, claimed": the name closes an appositive
        if t + 1 < s.upperBound, doc.tokens[t].isPunct(0x2C), doc.tokens[t + 1].isWord, Self.claimVerbs.contains(doc.tokens[t + 1].lex) { return t + 1 }
        // "the Balochistan Liberation Army (BLA) claimed": the group's abbreviation in brackets
        if t < s.upperBound, doc.tokens[t].isPunct(0x28), let close = (t + 1..<min(s.upperBound, t + 5)).first(where: { doc.tokens[$0].isPunct(0x29) }) {
            return skipAppositive(after: close + 1, in: s)
        }
        guard t < s.upperBound, doc.tokens[t].isPunct(0x2C) else { return t }
        var j = t + 1
        // ("Al Shabaab, the al Qaeda-linked group fighting to overthrow the government, said ...")
        while j < s.upperBound, j - t <= 16 {
            if doc.tokens[j].isPunct(0x2C) { return j + 1 }
            if doc.tokens[j].isWord, Self.claimVerbs.contains(doc.tokens[j].lex) || Self.speechVerbs.contains(doc.tokens[j].lex) { return t }
            j += 1
        }
        return t
    }

    /// After a group's "said": "(in a statement) (that) its fighters carried out the attack", "it
    /// was behind the blast", "it had taken control of the town" (a capture after "it had/has").
    /// The group speaks of its own deed in the next few words.
    private func claimedInSpeech(after said: Int, in s: Range<Int>) -> Bool {
        var j = said + 1
        while j < s.upperBound, j - said <= 12 {
            if doc.tokens[j].isWord, word(j, "it") || word(j, "its") {
                var k = j + 1
                if word(j, "its"), k < s.upperBound, doc.tokens[k].isWord, Self.claimFillers.contains(doc.tokens[k].lex) || word(k, "men") || word(k, "members") { k += 1 }
                if k < s.upperBound, word(k, "had") || word(k, "has") { k += 1 }
                guard k < s.upperBound else { return false }
                if word(k, "carried") || word(k, "conducted") || word(k, "staged") { return true }
                // "the Arakan Army said it had taken control of the town": the group tells its own
                // capture (a toll it claims, "said it had killed 15 soldiers", is one side's count)
                // ("the MNDAA said its fighters had taken full control of the town")
                if word(j, "it") || k > j + 2, k > j + 1, doc.lexHas(k, .trigger),
                   doc.lexEntries(at: k).contains(where: { extractor.triggerType[Int($0)] == .nonStateOvertakes || extractor.triggerType[Int($0)] == .governmentRegains }) {
                    return true
                }
                if (word(k, "was") || word(k, "were")) && (word(k + 1, "behind") || word(k + 1, "responsible")) { return true }
            }
            j += 1
        }
        return false
    }

    /// A group that claims the incident's act in a sentence told after it, outside it: wire copy
    /// gives the claim a paragraph of its own ("Islamic State claimed the attack on Tuesday in a
    /// statement", "The BLA claimed responsibility, saying it had targeted troops"). Read in the
    /// `claimWindow` sentences after the incident that hold a claim word and name an actor.
    func laterClaimant(_ inc: Incident, country: String?) -> ActorMention? {
        // a claim verb or "carried" among the sentence's words (read from the sentence word table)
        laterMention(inc, country: country, in: { k, _ in !sentenceWords(k).isDisjoint(with: [.claimVerb, .carried]) }) {
            $0.isArmed && !$0.quoted && !$0.name.hasPrefix("Unidentified") && claimsResponsibility($0.range)
        }
    }

    static let claimWindow = 8

    /// A group blamed for the act in a sentence after the incident that says no one claimed it: "No
    /// group has claimed responsibility, but security officials blamed Boko Haram's JAS faction"
    /// (ACLED codes the suspected group). Not a state's forces (an accusation between belligerents).
    /// (Only beside "no one claimed": a blame of its own may be for another act, "Damascus blamed
    /// insurgents for that attack".)
    func laterBlamed(_ inc: Incident, country: String?) -> ActorMention? {
        laterMention(inc, country: country, in: { _, range in noOneClaimed(range) }) {
            $0.isArmed && !$0.quoted && !$0.name.hasPrefix("Unidentified") && $0.type != .state && blamedFor($0.range)
        }
    }

    /// The first actor mention that `accepts` in the `claimWindow` sentences after the incident that
    /// name an actor, are none of its own and pass `sentence` (its index and range), each read as an
    /// incident of its own.
    private func laterMention(_ inc: Incident, country: String?, in sentence: (Int, Range<Int>) -> Bool,
                              _ accepts: (ActorMention) -> Bool) -> ActorMention? {
        guard let last = inc.sentences.max() else { return nil }
        let end = min(doc.sentences.count, last + 1 + Self.claimWindow)
        guard last + 1 < end else { return nil }
        for k in (last + 1)..<end where doc.sentenceSummary[k].hasActor && !inc.sentences.contains(k) {
            guard sentence(k, doc.sentences[k].range) else { continue }
            var one = Incident()
            one.sentences = [k]
            one.date = inc.date
            if let m = actorMentions(one, country: country).first(where: accepts) { return m }
        }
        return nil
    }

    /// The sentence tells where groups are, not what they did: "Islamic State remnants are active in
    /// the province", "several armed groups operate in the area". (The caller asks that it hold no
    /// act of its own.) The groups it names are suspects at most.
    func tellsPresence(_ range: Range<Int>) -> Bool {
        // (a sentence with neither "active" nor a verb of operating is not scanned: see `SentenceWords`)
        guard sentenceWords(of: range).contains(.presenceWord) else { return false }
        for t in range where doc.tokens[t].isWord {
            if word(t, "active"), t > range.lowerBound, doc.tokens[t - 1].isWord, Self.beingVerbs.contains(doc.tokens[t - 1].lex) { return true }
            if Self.operateVerbs.contains(doc.tokens[t].lex), t + 1 < range.upperBound, word(t + 1, "in") || word(t + 1, "across") { return true }
        }
        return false
    }

    static let beingVerbs = WordSet(["is", "are", "remain", "remains", "been", "was", "were"])
    static let operateVerbs = WordSet(["operate", "operates", "operating"])
    /// The words `tellsPresence` starts from: "active" and the verbs of operating.
    static let presenceWords = WordSet(["active", "operate", "operates", "operating"])

    static let claimVerbs = WordSet(["claimed", "claims", "claim", "claiming"])
    /// Words between a group's name and its claim ("the group", "its regional affiliate", "has").
    static let claimFillers = WordSet(["group", "groups", "has", "have", "had", "later", "quickly", "swiftly", "also", "militants",
                                       "fighters", "regional", "local", "affiliate", "branch", "wing", "armed", "militant", "jihadist",
                                       "in", "the", "region", "area", "country", "then"])
    /// What a group claims when it claims an act ("claimed the attack").
    static let claimedDeeds = WordSet(["attack", "attacks", "bombing", "bombings", "blast", "blasts", "ambush", "assault", "raid",
                                       "killing", "killings", "explosion", "explosions", "operation", "massacre", "abduction", "kidnapping"])
}
