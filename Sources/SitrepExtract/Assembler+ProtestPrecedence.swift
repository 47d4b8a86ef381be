import SitrepModel

// MARK: - A protest's precedence: called, intervened on, met with force, turned violent

extension Assembler {
    /// Settles a protest incident's scores against the other words it holds: a protest called for a
    /// later day has not happened; demonstrators who riot, clash or storm make a violent
    /// demonstration; force that kills or hurts them is excessive force; police who disperse or
    /// arrest them intervene; a protest told only as the reason for an arrest is an arrest.
    /// Returns the protest's score as it stood before these (0 for a protest only called).
    func weighProtest(_ inc: Incident, _ scores: inout [Double], killed: Int, injured: Int) -> Double {
        // a protest called for a later day has not happened (news prose; see `protestIsOnlyCalled`)
        // (what is announced or demanded with it, "Other"'s weak words, is that call too)
        if !assumeEvent, scores[sub: .peacefulProtest] > 0, protestIsOnlyCalled(inc) {
            scores[SubEventType.peacefulProtest.rawValue] = 0
            scores[SubEventType.other.rawValue] = 0
        }
        let protest = scores[sub: .peacefulProtest]
        if protest > 0 {
            // counted only for a protest, the one case that reads it
            let intervention = interventions(in: inc)
            // "marched to demand a ceasefire": the truce is what they want, not an event
            if scores[sub: .agreement] > 0, agreementIsOnlyTheDemand(inc) { scores[SubEventType.agreement.rawValue] = 0 }
            if violenceIsOnlyTheCause(inc) {
                for s in SubEventType.all where s.eventType.isViolent || s.eventType == .riots || s == .looting { scores[s.rawValue] = 0 }
            }
            // demonstrators who beat, storm or destroy riot (ACLED: any violence by demonstrators makes
            // a violent demonstration): "protesters stormed the office and looted it"
            if demonstratedAndRioted(inc) { scores[SubEventType.violentDemonstration.rawValue] += protest }
            let crowdViolence = scores[sub: .attack] + scores[sub: .looting] + scores[sub: .nonStateOvertakes]
            if crowdViolence > 0, crowdActs(inc) {
                scores[SubEventType.violentDemonstration.rawValue] += crowdViolence
                for s in [SubEventType.attack, .looting, .nonStateOvertakes] { scores[s.rawValue] = 0 }
            }
            // demonstrators who clash, with the police or with other demonstrators, riot (ACLED: a
            // violent demonstration); police who only disperse them intervene
            if scores[sub: .armedClash] > 0 {
                scores[SubEventType.violentDemonstration.rawValue] += scores[sub: .armedClash]
                scores[SubEventType.armedClash.rawValue] = 0
            }
            // (a weak riot word beside demonstrators shot dead, "the deadliest day of the unrest",
            // names the unrest around them, not their violence: the force on them decides below)
            let riot = scores[sub: .violentDemonstration] + scores[sub: .mobViolence]
            let riotOnlyNamesTheUnrest = riot > 0 && riot < 2 && killed > 0 && scores[sub: .attack] > 0 && forceOnDemonstrators(inc)
            if scores[sub: .violentDemonstration] > 0 || scores[sub: .mobViolence] > 0, !riotOnlyNamesTheUnrest {
                // protesters who turn violent riot
                // a full riot word is enough however often the protest is named (ACLED: any violence
                // by demonstrators makes a violent demonstration); weak ones must weigh
                if riot >= min(2, protest * 0.4) { scores[SubEventType.peacefulProtest.rawValue] = 0 }
            } else if killed > 0, intervention > 0 || scores[sub: .excessiveForce] > 0 {
                scores[SubEventType.excessiveForce.rawValue] += protest + 1
            } else if scores[sub: .attack] > 0, killed > 0 || injured > 0, forceOnDemonstrators(inc) {
                // demonstrators shot or beaten, someone killed or hurt ("opened fire on demonstrators, killing two")
                scores[SubEventType.excessiveForce.rawValue] += protest + scores[sub: .attack] + 1
            } else if killed > 0, forceOnDemonstrators(inc, byKilling: true) {
                // "soldiers killed a protester as thousands marched": the dead are the demonstrators
                scores[SubEventType.excessiveForce.rawValue] += protest + 1
            } else if scores[sub: .excessiveForce] > 0 {
                // force called excessive, brutal or violent ("violently dispersed the march")
                scores[SubEventType.excessiveForce.rawValue] += protest + scores[sub: .arrests] + 1
            } else if firesLiveRoundsAtDemonstrators(inc) {
                // lethal weapons used on the march, no one reported hurt: still excessive force
                scores[SubEventType.excessiveForce.rawValue] += protest + scores[sub: .attack] + 1
            } else if intervention > 0 || scores[sub: .arrests] > 0, interventionIsOnlyTheCause(inc) {
                // "a protest against the arrest of three students": a protest, not an arrest
                scores[SubEventType.arrests.rawValue] *= 0.3
            } else if scores[sub: .arrests] > protest * 1.2, intervention <= 1, !arrestsDemonstrators(inc) {
                scores[SubEventType.peacefulProtest.rawValue] *= 0.3
            } else if scores[sub: .arrests] > 0, intervention <= 1, protestIsOnlyTheReason(inc) {
                // "a deputy was arrested for supporting demonstrations": an arrest, not a protest
                scores[SubEventType.peacefulProtest.rawValue] *= 0.3
            } else if intervention > 0 || scores[sub: .arrests] >= 0.5 {
                // (an arrest word only named, "the release of detained activists", weighs a tenth:
                // no one was arrested at the protest)
                scores[SubEventType.protestWithIntervention.rawValue] += protest + scores[sub: .arrests] + 0.5
                scores[SubEventType.arrests.rawValue] = 0
                scores[SubEventType.armedClash.rawValue] *= 0.3
            }
        }
        return protest
    }
}
