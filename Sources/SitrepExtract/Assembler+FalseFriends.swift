// MARK: - False friends: words of violence used for no act (a club, a gold mine, an idiom, a sighting)

extension Assembler {
    /// Lexicon words that match only as written, not through their stem: the stem of "clubbed" is
    /// the noun "club" ("the press club", "a football club"), which names no act.
    static let asWrittenOnly = WordSet(["clubbed"])

    /// Whether a lexicon entry whose phrase is `phrase` (its lex hash) may match the word `lex`.
    /// The stem of "site" is "sit": "a burial site in the forest", "the site in Kherson" name a
    /// place, never a sit-in.
    static func matchesAsWritten(_ phrase: UInt64, _ lex: UInt64) -> Bool {
        phrase == lex || !asWrittenOnly.contains(phrase) && !(siteWords.contains(lex) && phrase == sitInHash)
    }

    static let siteWords = WordSet(["site", "sites"])
    static var sitInHash: UInt64 { DateResolver.lexHash("sit-in" as StaticString) }
}

extension Assembler {
    /// "mine" at `t` is a mine dug for ore: after a mineral or a word of mining ("a gold mine", "an
    /// artisanal mine", "the open-pit mine") or before a word of its work ("mine workers", "mine
    /// site", "the mine's owners"). A landmine is never named so.
    func isOreMine(_ t: Int) -> Bool {
        let tok = doc.tokens[t]
        // "mining" shares the stem of "mine": the industry, never a landmine ("a gold-mining town")
        if tok.isWord, tok.lex == Self.miningHash { return true }
        guard tok.isWord, tok.lex == Self.mineHash || tok.lex == Self.minesHash else { return false }
        if t > 0, doc.tokens[t - 1].isWord, Self.oreWords.contains(doc.tokens[t - 1].lex) { return true }
        if tok.flags.contains(.possessive) { return true }
        return t + 1 < doc.tokens.count && doc.tokens[t + 1].isWord && Self.mineWorkWords.contains(doc.tokens[t + 1].lex)
    }

    static var mineHash: UInt64 { DateResolver.lexHash("mine" as StaticString) }
    static var minesHash: UInt64 { DateResolver.lexHash("mines" as StaticString) }
    static var miningHash: UInt64 { DateResolver.lexHash("mining" as StaticString) }
    static let oreWords = WordSet(["gold", "coal", "copper", "diamond", "cobalt", "tin", "coltan", "lithium", "uranium", "iron", "salt",
                                   "silver", "zinc", "nickel", "bauxite", "phosphate", "emerald", "jade", "ruby", "artisanal", "mining",
                                   "open-pit", "underground", "illegal"])
    static let mineWorkWords = WordSet(["workers", "worker", "site", "sites", "shaft", "shafts", "owner", "owners", "operator", "pit",
                                        "pits", "concession", "company", "miners", "managers", "guards"])
}

extension Assembler {
    /// The act word at `t` is used in an idiom of no violence: "stormed out" / "stormed off" (left
    /// in anger), or "battled" a fire, a flood or an illness ("firefighters battled a blaze").
    func isIdiomOfNoAct(_ t: Int) -> Bool {
        let tok = doc.tokens[t]
        guard tok.isWord, t + 1 < doc.tokens.count else { return false }
        if Self.stormWords.contains(tok.lex) { return word(t + 1, "out") || word(t + 1, "off") }
        guard Self.battleWords.contains(tok.lex) else { return false }
        for j in (t + 1)..<min(doc.tokens.count, t + 4) {
            guard doc.tokens[j].isWord else { return false }
            if Self.naturalFoes.contains(doc.tokens[j].lex) { return true }
        }
        return false
    }

    static let battleWords = WordSet(["battled", "battling", "battle", "battles", "fought", "fighting", "fight", "fights"])
    /// What firefighters, doctors and rescuers fight.
    static let naturalFoes = WordSet(["blaze", "blazes", "fire", "fires", "flames", "wildfire", "wildfires", "inferno", "flood", "floods",
                                      "floodwaters", "disease", "diseases", "cancer", "illness", "virus", "epidemic", "outbreak",
                                      "drought", "locusts", "poverty", "corruption", "inflation"])
}

extension Assembler {
    /// The aircraft word at `t` ("drone", "drones") was only seen: "a drone was spotted over the
    /// airport", "drones were seen flying over the base", "a drone hovered over the town". ACLED
    /// codes no sighting. The verb follows within three words ("was", "were", "reportedly"
    /// between), and the sentence tells no hit, blast or death. What a drone filmed ("drone
    /// footage", "drone images") is no strike either.
    func isOnlySighted(_ t: Int, in range: Range<Int>) -> Bool {
        guard doc.tokens[t].isWord, Self.droneWords.contains(doc.tokens[t].lex) else { return false }
        // "citing drone footage", "drone images showed": what a drone filmed is no strike
        if t + 1 < range.upperBound, doc.tokens[t + 1].isWord, Self.filmedWords.contains(doc.tokens[t + 1].lex) { return true }
        var seen = false
        for j in (t + 1)..<min(range.upperBound, t + 4) where doc.tokens[j].isWord {
            if Self.sightingVerbs.contains(doc.tokens[j].lex) { seen = true; break }
        }
        guard seen else { return false }
        return !range.contains { doc.tokens[$0].isWord && (doc.lexHas($0, .kill) || doc.lexHas($0, .injure) || Self.sightingEndWords.contains(doc.tokens[$0].lex)) }
    }

    static let droneWords = WordSet(["drone", "drones"])
    static let filmedWords = WordSet(["footage", "images", "imagery", "video", "videos", "pictures", "photos", "photographs"])
    static let sightingVerbs = WordSet(["spotted", "sighted", "seen", "observed", "hovered", "hovering", "circled", "circling"])
    static let sightingEndWords = WordSet(["struck", "hit", "hits", "exploded", "explosion", "explosions", "blast", "blasts", "bombed", "dropped",
                                   "targeted", "attacked", "damaged", "destroyed", "fired"])
}

