/// ACLED's six event types and 25 sub-event types, by their names in ACLED's codebook (2023), in
/// ACLED's order. The extractor's rules and every filter and form name them from here.
public enum ACLEDTaxonomy {
    public struct SubEventType: Hashable, Sendable {
        public let name: String
        public let eventType: String
    }

    public static let eventTypes = [
        "Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots", "Strategic developments",
    ]

    public static let subEventTypes: [SubEventType] = [
        ("Armed clash", 0), ("Government regains territory", 0), ("Non-state actor overtakes territory", 0),
        ("Chemical weapon", 1), ("Air/drone strike", 1), ("Suicide bomb", 1), ("Shelling/artillery/missile attack", 1),
        ("Remote explosive/landmine/IED", 1), ("Grenade", 1),
        ("Sexual violence", 2), ("Attack", 2), ("Abduction/forced disappearance", 2),
        ("Peaceful protest", 3), ("Protest with intervention", 3), ("Excessive force against protesters", 3),
        ("Violent demonstration", 4), ("Mob violence", 4),
        ("Agreement", 5), ("Arrests", 5), ("Change to group/activity", 5), ("Disrupted weapons use", 5),
        ("Headquarters or base established", 5), ("Looting/property destruction", 5), ("Non-violent transfer of territory", 5),
        ("Other", 5),
    ].map { SubEventType(name: $0.0, eventType: eventTypes[$0.1]) }

    /// The event type a sub-event type belongs to; nil for a name that is not ACLED's.
    public static func eventType(ofSubEventType name: String) -> String? {
        subEventTypes.first { $0.name == name }?.eventType
    }
}
