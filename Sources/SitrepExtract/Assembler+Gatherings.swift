import SitrepModel

// MARK: - Gatherings that are no protest

extension Assembler {
    static let gatherWords = WordSet(["gathered", "gathering", "gatherings", "gather"])

    /// A gathering word that tells where people were or who met, not a demonstration: after
    /// "where" ("hit a school where villagers had gathered": the place of a strike; demonstrators
    /// named there still protest by their own word), "a gathering of" someone ("targeted a
    /// gathering of fighters"), or people gathered for an occasion of their own ("gathered on
    /// Friday for the funeral", "mourners gathered", "gathered for prayers"): a funeral or a
    /// wedding is no protest unless a word of protest says so, and such a word votes by itself.
    func gatheringIsNoProtest(_ t: Int, in range: Range<Int>) -> Bool {
        if t + 1 < range.upperBound, word(t + 1, "of") || gathersThings(t + 1) { return true }
        for j in max(range.lowerBound, t - 3)..<t where word(j, "where") { return true }
        let occasions = Self.occasionWords
        for j in max(range.lowerBound, t - 3)..<t where doc.tokens[j].isWord && Self.congregants.contains(doc.tokens[j].lex) { return true }
        // "residents gathered to collect the spilled petrol", "crowds gathered at the site to watch"
        // (a gathering word may end the sentence: no range from after it)
        for j in (t + 1)..<max(t + 1, min(range.upperBound - 1, t + 13)) {
            if doc.tokens[j].kind == .punct { break }
            guard word(j, "to") else { continue }
            if doc.tokens[j + 1].isWord, Self.everydayPurposes.contains(doc.tokens[j + 1].lex) { return true }
            break
        }
        // (where and when may come first: "gathered at the former academy near Tikrit on Wednesday to mark ...")
        for j in (t + 1)..<min(range.upperBound, t + 13) {
            if doc.tokens[j].kind == .punct { break }
            if doc.tokens[j].isWord, occasions.contains(doc.tokens[j].lex) { return true }
        }
        return false
    }

    /// What people gather to do that is no demonstration ("gathered to collect the spilled fuel").
    static let everydayPurposes = WordSet(["collect", "scoop", "fetch", "siphon", "watch", "see", "help", "rescue", "search",
                                           "receive", "welcome", "buy", "sell", "queue", "vote", "pray", "celebrate", "play"])

    /// People who gather to mourn or worship, not to demonstrate.
    static let congregants = WordSet(["mourners", "worshippers", "worshipers", "pilgrims", "devotees", "faithful"])

    /// Occasions people gather for that are not demonstrations.
    static let occasionWords = WordSet(["funeral", "funerals", "burial", "burials", "prayers", "prayer", "wedding", "weddings",
                                        "ceremony", "celebration", "celebrations", "festival", "feast", "concert", "match",
                                        // a commemoration: "gathered to mark ten years since ...", "to commemorate the victims"
                                        "mark", "commemorate", "commemorating", "commemoration", "memorial"])
}
