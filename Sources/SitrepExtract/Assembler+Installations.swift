import SitrepModel

// MARK: - A town's post or station taken: the ground of the town

extension Assembler {
    /// The object of the taking word at `t` is one installation of the state's forces, named with
    /// the town it holds ("overran the army post at Bourzanga", "captured the police station and
    /// the district office in Kani", "seized the military base of X"): its fall gives the taker the
    /// town (ACLED: the group gains control of the location, "non-state actor overtakes territory"
    /// or "government regains territory" by who takes it), where positions or parts of a place
    /// taken in a fight ("captured several positions near X") stay the fight. Read up to five words
    /// after `t` for the installation, then up to six after it for "at", "in" or "of" and a place.
    func takesInstallationOfAPlace(_ t: Int, in range: Range<Int>) -> Bool {
        // a verb of capture, not of storming: a raid on a post ("stormed a police station") may take nothing
        guard doc.tokens[t].isWord, Self.captureWords.contains(doc.tokens[t].lex) else { return false }
        var j = t + 1
        while j < min(range.upperBound, t + 6) {
            let tok = doc.tokens[j]
            if tok.kind == .punct { return false }
            if tok.isWord, Self.wherePrepositions.contains(tok.lex) { return false }
            if tok.isWord, isInstallation(j) { return placeOfInstallation(after: j, in: range) }
            j += 1
        }
        return false
    }

    private func isInstallation(_ j: Int) -> Bool {
        let lex = doc.tokens[j].lex
        if Self.installationWords.contains(lex) { return true }
        // a police or gendarmerie station, not a petrol or railway one
        return Self.stationWords.contains(lex) && j > 0 && doc.tokens[j - 1].isWord && Self.stationHolders.contains(doc.tokens[j - 1].lex)
    }

    /// "at Bourzanga", "in Kani", "of the town of X" within six words after the installation word
    /// at `j` (another installation may stand between: "the police station and township office in
    /// Kani"), no clause mark between.
    private func placeOfInstallation(after j: Int, in range: Range<Int>) -> Bool {
        var i = j + 1
        while i < min(range.upperBound, j + 7) {
            let tok = doc.tokens[i]
            if tok.kind == .punct { return false }
            if tok.isWord, Self.installationPrepositions.contains(tok.lex) {
                for p in (i + 1)..<min(range.upperBound, i + 3) {
                    if doc.placeCovers(p) { return true }
                    if doc.tokens[p].isWord, Self.settlementWords.contains(doc.tokens[p].lex) { return true }
                }
                return false
            }
            i += 1
        }
        return false
    }

    static let installationWords = WordSet(["post", "outpost", "base", "barracks", "garrison", "headquarters"])
    static let stationWords = WordSet(["station", "stations"])
    static let stationHolders = WordSet(["police", "gendarmerie", "army", "military"])
    static let installationPrepositions = WordSet(["at", "in", "of"])
}
