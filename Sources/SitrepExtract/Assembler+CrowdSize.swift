import SitrepModel

// MARK: - Crowd size: ACLED's tag for demonstrations and crowds

extension Assembler {
    /// The sub-event type a crowd-size tag ("[size=no report]", "[size=around 50]") makes of an
    /// incident, or nil without the tag. ACLED records a crowd's size for demonstration events
    /// only (protests and riots), so a note that carries it tells one, whatever verbs it uses:
    /// with a demonstration word (or a demand: "blocked the bridge demanding subsidies"), a riot
    /// word makes it a violent demonstration, an arrest or an intervention a protest with
    /// intervention, else a peaceful protest; with none, a crowd's violence (mob violence). A
    /// group's new activity (an armed group handing out food) keeps its type. The tag is read in
    /// the incident's sentences and the one after them.
    func crowdNoted(_ inc: Incident, protest: Double, scores: [Double]) -> SubEventType? {
        guard hasCrowdSizeTag(inc) else { return nil }
        let has: (SubEventType) -> Double = { scores[$0.rawValue] }
        if protest > 0 || mentionsDemonstration(inc) {
            if has(.violentDemonstration) + has(.mobViolence) > 0 { return .violentDemonstration }
            let intervened = has(.arrests) + has(.protestWithIntervention) + has(.excessiveForce) > 0 || interventions(in: inc) > 0
            if intervened { return .protestWithIntervention }
            return .peacefulProtest
        }
        let top = SubEventType.top(in: scores)
        guard scores[top.rawValue] > 0 else { return .mobViolence }
        return Self.crowdlessActs.contains(top) ? nil : .mobViolence
    }

    /// Activities of a group that no crowd's size makes a riot.
    static let crowdlessActs: SubEventSet = [.changeToGroup, .headquarters, .nonViolentTransfer]

    /// "[size=": an opening bracket, the word "size" and an equals sign.
    private func hasCrowdSizeTag(_ inc: Incident) -> Bool {
        guard let last = inc.sentences.max() else { return false }
        var ks = inc.sentences
        if last + 1 < doc.sentences.count { ks.append(last + 1) }
        for k in ks where sentenceWords(k).contains(.size) {
            let range = doc.sentences[k].range
            for t in range.dropFirst() where word(t, "size") && doc.tokens[t - 1].isPunct(0x5B) {
                if t + 1 < range.upperBound, doc.tokens[t + 1].isPunct(0x3D) { return true }
            }
        }
        return false
    }
}
