// MARK: - Ground taken by a foreign state

extension Assembler {
    /// The capture's agent is a foreign state's forces and the ground is taken from the forces of
    /// the state whose country it is ("Russian forces took Avdiivka after Ukrainian troops pulled
    /// back"). ACLED's codebook: a non-state actor *or a foreign state actor* that acquires control
    /// of a location overtakes territory; government regains territory is for the state on its own
    /// soil. A foreign state fighting beside the local state (another side named, not the local
    /// state's forces: "Rwandan troops retook the town from insurgents") keeps the government's coding.
    /// The ground must be a place the text names (not the country guessed from its actors' names):
    /// whose soil it is decides.
    func foreignStateTakesGround(agent: ActorMention?, other: ActorMention?, country: String?, place: ChosenPlace?) -> Bool {
        guard let agent, agent.type == .state, let country, let place, place.precision < 3 else { return false }
        let local = ["Military Forces of \(country) (", "Police Forces of \(country) ("]
        guard Self.stateForcesPrefixes.contains(where: { agent.name.hasPrefix($0) }), !local.contains(where: { agent.name.hasPrefix($0) }) else { return false }
        guard let other else { return true }
        return local.contains { other.name.hasPrefix($0) }
    }

    static let stateForcesPrefixes = ["Military Forces of ", "Police Forces of "]
}
