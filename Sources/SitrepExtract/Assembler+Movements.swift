import SitrepModel

// MARK: - Movements: weapons moved, not fired

extension Assembler {
    /// Every violence word of the incident is a weapon that was only moved or flown ("a ship
    /// loaded with tanks and heavy weapons arrived", "withdrawing two missile batteries",
    /// "aircraft conducted reconnaissance flights"): nothing was fired. ACLED codes the movement of
    /// forces as a change to group/activity. `code` asks only when no one was killed or hurt.
    func onlyMovesWeapons(_ inc: Incident) -> Bool {
        everyViolenceWord(of: inc) { t, range in
            let end = doc.lexRange(at: t)?.upperBound ?? t + 1
            return namesWeapon(t, end: end, in: range) && (movedBefore(t, in: range) || flownAfter(end, in: range))
        }
    }

    /// Every violence word of the incident names a weapon told as goods: supplied, bought, sold or
    /// listed in an aid package ("the package includes artillery shells and air defence
    /// interceptors", "Kyiv will receive more missiles"). Arms given or traded between states are
    /// no event (ACLED codes neither a fight nor a movement of forces for them).
    func onlyTradesWeapons(_ inc: Incident) -> Bool {
        everyViolenceWord(of: inc) { t, range in
            let end = doc.lexRange(at: t)?.upperBound ?? t + 1
            return (namesWeapon(t, end: end, in: range) || (t..<min(range.upperBound, end + 1)).contains { doc.tokens[$0].isWord && Self.munitions.contains(doc.tokens[$0].lex) })
                && tradedBefore(t, in: range)
        }
    }

    /// A word of trade or aid up to eight words before `t`, in the same clause (as `movedBefore`).
    private func tradedBefore(_ t: Int, in range: Range<Int>) -> Bool {
        var j = t - 1
        while j >= max(range.lowerBound, t - 8) {
            let tok = doc.tokens[j]
            if tok.isWord {
                if Self.tradeWords.contains(tok.lex) { return true }
                if Self.clauseWords.contains(tok.lex) && tok.lex != Self.listAnd { return false }
            } else if tok.kind == .punct, tok.mark != 0x2C {
                return false
            }
            j -= 1
        }
        return false
    }

    static let munitions = WordSet(["shells", "ammunition", "munitions", "interceptors", "bombs", "tanks"])
    static let tradeWords = WordSet(["includes", "include", "included", "receive", "received", "receiving", "buy", "bought", "buying",
                                     "purchase", "purchased", "sell", "sold", "selling", "package", "packages", "deliveries", "provide",
                                     "provided", "providing", "pledged", "promised", "donated", "export", "exports", "exported",
                                     "supply", "supplies", "produce", "produced", "production", "stocks", "stockpiles"])

    /// The trigger's last word, or the word right after it ("missile batteries"), is a weapon noun:
    /// a verb of attack ("shelled") never is.
    private func namesWeapon(_ t: Int, end: Int, in range: Range<Int>) -> Bool {
        for j in [end - 1, end] where j >= t && j < range.upperBound && doc.tokens[j].isWord {
            if Self.weaponNouns.contains(doc.tokens[j].lex) { return true }
        }
        return false
    }

    /// A verb of carrying or moving up to eight words before `t`, with no clause word or cause
    /// word between ("loaded with tanks, armoured vehicles and heavy weapons"; not "deployed after
    /// artillery fire").
    private func movedBefore(_ t: Int, in range: Range<Int>) -> Bool {
        var j = t - 1
        while j >= max(range.lowerBound, t - 8) {
            let tok = doc.tokens[j]
            if tok.isWord {
                if Self.movingVerbs.contains(tok.lex) { return true }
                if Self.clauseWords.contains(tok.lex) && tok.lex != Self.listAnd || Self.displacementCauses.contains(tok.lex) { return false }
            } else if tok.kind == .punct, tok.mark != 0x2C {  // a list's commas stay inside
                return false
            }
            j -= 1
        }
        return false
    }

    /// A reconnaissance word right after the weapon ("jets carried out surveillance flights").
    private func flownAfter(_ end: Int, in range: Range<Int>) -> Bool {
        (end..<min(range.upperBound, end + 3)).contains { doc.tokens[$0].isWord && Self.reconnaissanceWords.contains(doc.tokens[$0].lex) }
    }

    static var listAnd: UInt64 { DateResolver.lexHash("and" as StaticString) }
    static let weaponNouns = WordSet(["weapons", "weaponry", "missile", "missiles", "batteries", "battery", "artillery", "aircraft",
                                      "aircrafts", "jets", "warplanes", "helicopters", "drones", "rockets", "launchers", "howitzers"])
    static let movingVerbs = WordSet(["loaded", "laden", "carrying", "transporting", "transported", "shipped", "shipment", "delivered",
                                      "delivering", "deployed", "deploying", "withdrawing", "withdrew", "withdrawn", "moved", "moving",
                                      "sent", "sending", "transferred", "transferring", "brought", "bringing", "supplied", "supplying"])
    static let reconnaissanceWords = WordSet(["reconnaissance", "surveillance", "patrol", "patrols", "overflight", "overflights"])
}
