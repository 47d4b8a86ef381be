import SitrepModel

// MARK: - Targets: an armed group that attacks civilians fights no battle

extension Assembler {
    /// A bare assault word ("attacked", "ambushed", "raided", "stormed") whose object, in the
    /// words after it up to a clause mark, is a civilian or a civilian place ("attacked the
    /// villagers", "attacked the staff of the hospital", "stormed a church"), and no armed actor
    /// comes first. ACLED: an organised armed group attacking civilians is violence against
    /// civilians (attack); a battle needs two armed sides.
    func attacksCivilians(_ inc: Incident) -> Bool {
        for k in inc.sentences where doc.sentenceHas(k, .trigger) {
            let range = doc.sentences[k].range
            for t in range where doc.tokens[t].isWord && Self.assaultWords.contains(doc.tokens[t].lex) {
                var j = t + 1
                scan: while j < min(range.upperBound, t + 7) {
                    let tok = doc.tokens[j]
                    if tok.kind == .punct { break }
                    if !doc.actorAt.isEmpty, doc.actorAt[j] >= 0 { break }
                    if tok.isWord, Self.civilianTargets.contains(tok.stem) { return true }
                    if doc.lexAt[j] >= 0 {
                        for id in doc.lexEntries(at: j) {
                            switch lexicon.classes[Int(id)] {
                            case .victim: if lexicon.firstFields[Int(id)] == "civilian" { return true } else { break scan }
                            case .actorword: if Self.armedKinds.contains(lexicon.firstFields[Int(id)]) { break scan }
                            default: continue
                            }
                        }
                    }
                    j += 1
                }
            }
        }
        return false
    }

    static let assaultWords: [UInt64] = ["attacked", "ambushed", "raided", "stormed"].map { DateResolver.lexHash($0) }

    /// Places and people that are civilian by what they are (stems: plurals included).
    static let civilianTargets: Set<UInt64> = Set(
        ["house", "home", "hospital", "clinic", "school", "church", "mosque", "temple", "market", "shop", "staff", "worshipper",
         "passenger", "bus", "wedding", "funeral", "herder", "fisherman", "fishermen", "trader", "pastor", "priest", "imam", "sheikh",
         "elder", "family", "families", "household", "migrant", "residence", "farm", "village",
         "hotel", "university", "college", "restaurant", "cafe", "mall", "shrine", "synagogue", "guesthouse", "cinema", "stadium"]
            .map { word in Array(word.utf8).withUnsafeBufferPointer { Fold.stemHash($0) } })
}
