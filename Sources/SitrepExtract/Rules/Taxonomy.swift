import SitrepModel

/// ACLED's six event types and 25 sub-event types.
enum SubEventType: Int, CaseIterable, Sendable {
    case armedClash, governmentRegains, nonStateOvertakes
    case chemicalWeapon, airDroneStrike, suicideBomb, shelling, remoteExplosive, grenade
    case sexualViolence, attack, abduction
    case peacefulProtest, protestWithIntervention, excessiveForce
    case violentDemonstration, mobViolence
    case agreement, arrests, changeToGroup, disruptedWeapons, headquarters, looting, nonViolentTransfer, other

    /// All sub-types, built once (`allCases` makes a new array on every use).
    static let all: [SubEventType] = allCases
    static let count = allCases.count

    init?(name: String) {
        guard let v = SubEventType.allCases.first(where: { $0.name.lowercased() == name.lowercased() }) else {
            if name.lowercased() == "excessive force against protestors" { self = .excessiveForce; return }
            return nil
        }
        self = v
    }

    /// ACLED's name; the cases are in `ACLEDTaxonomy.subEventTypes`' order.
    var name: String { ACLEDTaxonomy.subEventTypes[rawValue].name }

    var eventType: EventType {
        switch self {
        case .armedClash, .governmentRegains, .nonStateOvertakes: .battles
        case .chemicalWeapon, .airDroneStrike, .suicideBomb, .shelling, .remoteExplosive, .grenade: .explosions
        case .sexualViolence, .attack, .abduction: .violenceAgainstCivilians
        case .peacefulProtest, .protestWithIntervention, .excessiveForce: .protests
        case .violentDemonstration, .mobViolence: .riots
        default: .strategic
        }
    }

    /// CAMEO root code: 19 fight, 18 assault, 14 protest, 17 coerce, 03 express intent to cooperate.
    var cameoRoot: String {
        switch eventType {
        case .battles, .explosions: self == .remoteExplosive || self == .suicideBomb || self == .grenade ? "18" : "19"
        case .violenceAgainstCivilians: "18"
        case .protests, .riots: "14"
        case .strategic: self == .agreement ? "03" : (self == .other ? "01" : "17")
        }
    }
}

enum EventType: String, Sendable {
    case battles = "Battles"
    case explosions = "Explosions/Remote violence"
    case violenceAgainstCivilians = "Violence against civilians"
    case protests = "Protests"
    case riots = "Riots"
    case strategic = "Strategic developments"

    var isViolent: Bool { self == .battles || self == .explosions || self == .violenceAgainstCivilians }
}
