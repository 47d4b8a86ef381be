import Foundation
import SitrepModel

// MARK: - Which sentences tell one incident

extension Assembler {
    struct Incident {
        var sentences: [Int] = []
        var headline: Int?
        var scores = [Double](repeating: 0, count: SubEventType.count)
        var places: [Int] = []
        var date: DateMention?
        /// A sentence of it names the event type in a note prefix ("Defusal:"): one event, that type.
        var labelled = false
        /// The weight of its strongest trigger word (see `Evidence.strongest`).
        var strongest = 0.0
        var hasTrigger: Bool { scores.contains { $0 > 0 } }
        var top: SubEventType? {
            let top = SubEventType.top(in: scores)
            return scores[top.rawValue] > 0 ? top : nil
        }
        var family: EventType? { top?.eventType }
        /// Its sentences but the headline, in order, with room for the headline too (rules put it
        /// first or last): `sentences.filter { $0 != headline }` in one allocation, where a
        /// filter grows its array from empty, reallocating as it goes.
        var ownSentences: [Int] {
            var out: [Int] = []
            out.reserveCapacity(sentences.count + 1)
            for k in sentences where k != headline { out.append(k) }
            return out
        }
    }

    /// How a section is told, which decides how readily a sentence opens another incident.
    enum Telling {
        /// A short text the caller knows to report one event (`ExtractionContext.assumeEvent`, an
        /// ACLED note): all its sentences are that event, first sentence first.
        case oneEvent
        /// A short text (a desk update, a wire brief): the opening sets the scene and weighs more;
        /// only a sentence with a full trigger word (weight 2, an act: "clashed", "shelling",
        /// "truce") may open another incident. Background words ("split", "joined an alliance",
        /// "accused") do not.
        case short
        /// A section of a longer page: a sentence with any trigger may open another incident.
        case page
    }

    /// Splits a section into incidents, in order. A sentence with a trigger of its own starts a new
    /// incident when it tells another happening (`startsIncident`); any other sentence (a toll, a
    /// source, a denial, background) adds to the incident before it.
    func incidents(of sec: Section, evidences: [Evidence], telling: Telling) -> [Incident] {
        var out: [Incident] = []
        // (each sentence's evidence read where it lies, field by field: a copy of it retained its arrays)
        for (n, k) in sec.sentences.enumerated() {
            let triggered = evidences[n].best != nil && evidences[n].bestScore >= 1.0
            let weight = telling != .page ? (n == 0 ? 1.5 : 1) : k == sec.headline ? 1.5 : triggered ? 1 : 0.5
            let opens = switch telling {
            case .oneEvent: false
            case .short: evidences[n].strongest >= 2
            case .page: triggered
            }
            if k != sec.headline, let last = out.indices.last,
               !opens || !startsIncident(n, in: evidences, sentence: k, after: last, of: out, shortReport: telling == .short) {
                out[last].sentences.append(k)
                add(n, of: evidences, to: &out[last], weight: weight)
            } else {
                var inc = Incident(headline: k == sec.headline ? k : nil)
                // (room for the sentences that may follow: not grown one doubling at a time)
                inc.sentences.reserveCapacity(min(8, sec.sentences.count - n))
                inc.sentences.append(k)
                add(n, of: evidences, to: &inc, weight: weight)
                out.append(inc)
            }
        }
        return out
    }

    private func add(_ n: Int, of evidences: [Evidence], to inc: inout Incident, weight: Double) {
        // (none when the sentence scored nothing; summed through buffers: no uniqueness check per sub-type)
        if !evidences[n].scores.isEmpty {
            evidences[n].scores.withUnsafeBufferPointer { e in
                inc.scores.withUnsafeMutableBufferPointer { s in
                    for i in e.indices { s[i] += e[i] * weight }
                }
            }
        }
        for p in evidences[n].places where !inc.places.contains(where: { doc.places[$0].chosen == doc.places[p].chosen }) { inc.places.append(p) }
        // (a day of saying gives way to a day the telling gives later: "the ministry said on Tuesday. ... killed on Monday")
        if var d = evidences[n].dates.first, inc.date.map({ $0.isSaid && !d.isSaid }) ?? true {
            // ("the junta announced Tuesday ... 'Our forces seized the town today'": a relative day quoted
            // from what was said counts from the day it was said)
            if let said = inc.date, said.isSaid, doc.tokens[d.range.lowerBound].flags.contains(.quoted), doc.lexHas(d.range.lowerBound, .relday),
               !doc.lexHas(d.range.lowerBound, .weekday) {
                d.day = Day(ordinal: d.day.ordinal - published.ordinal + said.day.ordinal)
            }
            inc.date = d
        }
        if evidences[n].labelled { inc.labelled = true }
        inc.strongest = max(inc.strongest, evidences[n].strongest)
    }

    /// A sentence with its own trigger starts a new incident (ACLED: one event per type, place and
    /// day) when
    /// - it names a place of its own: none of its places is one of the incident's or near it
    ///   (`sameArea`), or it is the first place after the incident's paragraph ended without one;
    /// - it tells another kind of event (`folds`), unless a note prefix named the incident's type;
    /// - it gives another day, with a place of its own or in another paragraph.
    /// A short report's opening without a full trigger word only sets the scene: the first one joins
    /// it, unless it names a place of its own.
    func startsIncident(_ n: Int, in evidences: [Evidence], sentence k: Int, after last: Int, of incidents: [Incident], shortReport: Bool) -> Bool {
        // (the open incident read where it lies: a copy of it retained its arrays, for every sentence)
        guard let best = evidences[n].best else { return false }
        // "Separately, rebels shelled ...", "In another incident, ...": the text says so itself
        if opensAnotherIncident(doc.sentences[k].range) { return true }
        // on a page, sentences without a trigger before it are background, not its incident
        if !shortReport && !incidents[last].hasTrigger && incidents[last].headline == nil { return true }
        let lastParagraph = doc.sentences[incidents[last].sentences.last!].paragraph
        // a headline's section is one story: its paragraphs stay together
        // (so is a title line in sentence case over the body: "Four police officers killed in Mandera blast")
        let sameParagraph = doc.sentences[k].paragraph == lastParagraph || incidents[last].headline != nil
            || incidents[last].sentences.count == 1 && isTitleLine(incidents[last].sentences[0])
        // a country named in passing ("hand the bodies over to Israel") is no place of either's own
        let info = extractor.gazetteer.places
        // (a local function, not a closure value: no context allocated per sentence)
        func isNamed(_ p: Int) -> Bool { info[Int(doc.places[p].chosen)].kind != .country }
        let named = evidences[n].places.contains(where: isNamed)
        let ownPlace: Bool
        if !incidents[last].places.contains(where: isNamed) {
            ownPlace = named && !sameParagraph
        } else {
            // a few places each: compared pairwise, no sets to hash
            ownPlace = named && !incidents[last].places.contains { p in isNamed(p) && evidences[n].places.contains { isNamed($0) && sameArea(p, $0) } }
        }
        if ownPlace { return true }
        // a short report's opening without a full trigger word sets the scene for the first one
        if shortReport && incidents[last].strongest < 2 && incidents[last].headline == nil { return false }
        if !incidents[last].labelled, let top = incidents[last].top, !folds(top, best, sameParagraph: sameParagraph, shortReport: shortReport) { return true }
        // ("the blast, which happened late on Monday", told after a lead dated only by its day of
        // saying: the act told again with "the" gives the incident its day, it is no other incident)
        if let d = incidents[last].date, let e = evidences[n].dates.first, d.day != e.day, named || !sameParagraph,
           !(d.isSaid && !e.isSaid && (refersBackToTheAct(doc.sentences[k].range) || !named && e.day.ordinal < d.day.ordinal)) { return true }
        return false
    }

    /// The sentence names an act with "the" right before its trigger word ("for the blast", "the
    /// attack happened"): the act told before, not a new one ("a second blast", "another attack").
    private func refersBackToTheAct(_ range: Range<Int>) -> Bool {
        for t in range where doc.lexHas(t, .trigger) {
            if t > range.lowerBound, word(t - 1, "the") { return true }
        }
        return false
    }

    /// The sentence opens with "Separately", "Elsewhere", "In another incident", "In a separate attack".
    func opensAnotherIncident(_ range: Range<Int>) -> Bool {
        let t = range.lowerBound
        guard t + 2 < range.upperBound, doc.tokens[t].isWord else { return false }
        if word(t, "separately") || word(t, "elsewhere") { return true }
        if word(t, "in") && (word(t + 1, "another") || word(t + 2, "separate") && word(t + 1, "a")) { return true }
        return comesAfterAnother(range)
    }

    /// "The killing came two days after ADF fighters ambushed a vehicle ...", "It comes a week after
    /// gunmen killed ...": the act named in a short subject "came" after another, which the rest of
    /// the sentence tells (an earlier event, with its own toll).
    func comesAfterAnother(_ range: Range<Int>) -> Bool {
        for v in range.lowerBound..<min(range.upperBound, range.lowerBound + 4) where word(v, "came") || word(v, "comes") {
            return (v + 1..<min(range.upperBound, v + 6)).contains { word($0, "after") }
        }
        return false
    }

    /// Whether a sentence of kind `b` belongs to an incident of kind `a` (ACLED precedence codes
    /// them as one event): a battle with air support or shelling is one battle, within a
    /// paragraph; in a short report violence, demonstrations and arrests told in a few sentences
    /// are one incident (the coding's precedence rules weigh them), but a development that is no
    /// act of force (a truce, a new group, a base, a handover) is never one with violence.
    func folds(_ a: SubEventType, _ b: SubEventType, sameParagraph: Bool, shortReport: Bool) -> Bool {
        if a.eventType == b.eventType { return true }
        let fighting = { (t: EventType) in t == .battles || t == .explosions }
        if sameParagraph, fighting(a.eventType), fighting(b.eventType) { return true }
        return shortReport && !Assembler.developments.contains(a) && !Assembler.developments.contains(b)
    }

    /// Strategic developments that are no act of force or of the state against people.
    static let developments: SubEventSet = [.agreement, .changeToGroup, .headquarters, .nonViolentTransfer, .other]

    /// Two place mentions name the same area: the same place, a province, region or country and a
    /// place inside it, or two places within 25 km (a town and its outskirts; the scorer's radius).
    func sameArea(_ p: Int, _ q: Int) -> Bool {
        let a = doc.places[p].chosen, b = doc.places[q].chosen
        if a == b { return true }
        let info = extractor.gazetteer.places
        let x = info[Int(a)], y = info[Int(b)]
        if x.kind == .country || y.kind == .country { return x.countryKey == y.countryKey }
        if x.kind.isArea || y.kind.isArea { return x.admin1Key == y.admin1Key }
        return Assembler.distanceKm(x.lat, x.lon, y.lat, y.lon) <= 25
    }

    /// Distance on the sphere, equirectangular: exact enough for tens of kilometres.
    static func distanceKm(_ lat1: Float, _ lon1: Float, _ lat2: Float, _ lon2: Float) -> Double {
        let r = Double.pi / 180
        let dy = Double(lat2 - lat1) * r
        let dx = Double(lon2 - lon1) * r * cos(Double(lat1 + lat2) / 2 * r)
        return 6_371 * (dx * dx + dy * dy).squareRoot()
    }
}
