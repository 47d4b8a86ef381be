import SitrepModel

// MARK: - Territory: an armed actor who "seized" something took territory only if it is a place

extension Assembler {
    /// Whether the incident's taking words ("seized", "took over", "stormed") take territory: a
    /// place name or a territory noun ("the village", "army positions", "the checkpoint") within
    /// the words after it, up to a clause mark. Nil when the incident has no such word. ACLED:
    /// "non-state actor overtakes territory" needs territory; goods, vehicles, a house or an office
    /// seized or stormed and taken from are looting/property destruction.
    func takesTerritory(_ inc: Incident) -> Bool? {
        var any = false
        for k in inc.sentences where doc.sentenceHas(k, .trigger) {
            let range = doc.sentences[k].range
            for t in range where doc.lexHas(t, .trigger) && doc.tokens[t].isWord && Self.takingWords.contains(doc.tokens[t].lex) {
                any = true
                // from the next word: the phrase itself may say it ("took control")
                var j = t + 1
                while j < min(range.upperBound, t + 8) {
                    let tok = doc.tokens[j]
                    if tok.kind == .punct, tok.mark == 0x2C || tok.mark == 0x3B || tok.mark == 0x28 { break }
                    if doc.placeCovers(j) || tok.isWord && Self.territoryWords.contains(tok.stem) { return true }
                    j += 1
                }
            }
        }
        return any ? false : nil
    }

    static let takingWords: [UInt64] = ["seized", "seize", "seizes", "seizing", "stormed", "took", "taken"].map { DateResolver.lexHash($0) }

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
