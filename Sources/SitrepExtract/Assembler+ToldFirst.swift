import SitrepModel

// MARK: - What news prose tells first: the act its lead names, not the context after it

extension Assembler {
    /// The precedence rules of news prose that weigh what the lead tells first: a find before
    /// the killing behind it (`preferTheFind`), a shelling before the exchange of fire around it
    /// (`preferTheShellingToldFirst`), a detention before the tribute it broke up
    /// (`preferTheTributeBrokenUp`).
    func preferWhatIsToldFirst(_ inc: Incident, _ scores: inout [Double], hurt: Bool, toll: Range<Int>?) {
        guard !assumeEvent else { return }
        preferTheFind(inc, &scores, hurt: hurt, toll: toll)
        preferTheShellingToldFirst(inc, &scores, toll: toll)
        preferTheTributeBrokenUp(inc, &scores)
    }

    /// "Police detained dozens of people who came to lay flowers for the opposition leader": people
    /// detained at a tribute of flowers or candles were holding it as a protest (ACLED codes such
    /// gatherings as protests, and their breaking up as an intervention). The tribute told after
    /// the detention in its sentence; a tribute alone, with no one detained, stays no event.
    func preferTheTributeBrokenUp(_ inc: Incident, _ scores: inout [Double]) {
        guard scores[sub: .arrests] > 0, SubEventType.top(in: scores) == .arrests, let held = triggerRange(inc, .arrests) else { return }
        let range = doc.sentences[Int(doc.sentenceOf[held.lowerBound])].range
        let tributes = Self.tributeWords
        guard (held.upperBound..<min(range.upperBound, held.upperBound + 12)).contains(where: { doc.tokens[$0].isWord && tributes.contains(doc.tokens[$0].lex) })
        else { return }
        scores[SubEventType.protestWithIntervention.rawValue] = scores[sub: .arrests] + 0.1
    }

    static let tributeWords = WordSet(["flowers", "candles", "wreaths", "wreath", "candlelight"])

    /// "Hezbollah fired a barrage of rockets at army positions. The army returned fire", "artillery
    /// shells hit homes in Poonch, killing 12, as the two armies exchanged fire": rockets or shells
    /// told first, the exchange of fire told after them as their circumstance (a clause after "as",
    /// "while", "amid", "during", "day of"; a later sentence that tells the reply, or any fighting
    /// when the firing's sentence tells its dead) are the event (ACLED: shelling/
    /// artillery/missile attack), not a battle. An exchange told first, or joined to the firing by
    /// "and", is the battle.
    func preferTheShellingToldFirst(_ inc: Incident, _ scores: inout [Double], toll: Range<Int>?) {
        guard scores[sub: .shelling] > 0, SubEventType.top(in: scores) == .armedClash,
              let fired = triggerRange(inc, .shelling), let fight = triggerRange(inc, .armedClash), fired.upperBound <= fight.lowerBound else { return }
        let k = doc.sentenceOf[fired.lowerBound]
        if doc.sentenceOf[fight.lowerBound] == k {
            let cues = Self.circumstanceOfFire
            guard (fired.upperBound..<fight.lowerBound).contains(where: { doc.tokens[$0].isWord && cues.contains(doc.tokens[$0].lex) }) else { return }
        } else {
            // a later sentence: the other side's reply to the fire ("returned fire", "fired back"),
            // or any fighting when the firing's own sentence tells what it killed
            let replies = Self.replyWords
            let reply = (max(0, fight.lowerBound - 2)..<fight.upperBound).contains { doc.tokens[$0].isWord && replies.contains(doc.tokens[$0].lex) }
            guard reply || toll.map({ doc.sentenceOf[$0.lowerBound] == k }) == true else { return }
        }
        scores[SubEventType.shelling.rawValue] = scores[sub: .armedClash] + 0.1
    }

    static let replyWords = WordSet(["returned", "back", "responded", "retaliated"])
    static let circumstanceOfFire = WordSet(["as", "while", "amid", "during", "day"])
}
