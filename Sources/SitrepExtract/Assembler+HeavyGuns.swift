import SitrepModel

// MARK: - Heavy machine guns: fire from a distance

extension Assembler {
    /// Machine guns told as heavy after the noun ("fired machine guns, assumedly heavy", "with
    /// various machine guns (presumed to be heavy)") or by a heavy calibre before it (12.7 mm and
    /// up: "14.5mm machine guns"). Heavy machine guns fire from a distance like artillery: ACLED
    /// codes their fire as shelling, as the lexicon does for "heavy machine guns" written together.
    /// Read only in a sentence with a weapon word (machine guns are one).
    func proposeHeavyGuns(_ ev: inout Evidence, sentence k: Int) {
        guard doc.sentenceHas(k, .notreport), ev.scores.isEmpty || ev.scores[SubEventType.shelling.rawValue] == 0 else { return }
        let range = doc.sentences[k].range
        for t in range.dropFirst() where (word(t, "guns") || word(t, "gun")) && word(t - 1, "machine") {
            if heavyAfter(t, in: range) || heavyCalibre(before: t - 1, in: range) {
                ev.propose(.shelling, weight: Self.heavyGunWeight * reportFactor(trigger: t - 1, end: t + 1, sentence: range), trigger: t - 1)
                return
            }
        }
    }

    /// The lexicon's weight of "heavy machine guns".
    static let heavyGunWeight = 2.5

    /// "heavy" within four tokens after the noun, through a comma or a parenthesis ("guns, assumedly
    /// heavy", "guns (presumed to be heavy)"), not past a clause's end.
    private func heavyAfter(_ t: Int, in range: Range<Int>) -> Bool {
        var j = t + 1
        while j < min(range.upperBound, t + 6) {
            let tok = doc.tokens[j]
            if tok.kind == .punct, tok.mark != 0x2C, tok.mark != 0x28 { return false }
            if word(j, "heavy") { return true }
            j += 1
        }
        return false
    }

    /// A calibre of 12.7 mm or more right before "machine": "14.5mm", "12.7 mm".
    private func heavyCalibre(before m: Int, in range: Range<Int>) -> Bool {
        guard m - 2 >= range.lowerBound, word(m - 1, "mm") else { return false }
        let n = doc.tokens[m - 2]
        return n.kind == .number && n.value >= 12.7
    }
}
