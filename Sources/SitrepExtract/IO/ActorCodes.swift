extension Extractor {
    /// ACLED's inter code of every actor in the actor list, by canonical name: 1 state forces,
    /// 2 rebels, 3 political militias, 4 identity militias, 5 rioters, 6 protesters, 7 civilians,
    /// 8 external or other forces. For exports; built once by the caller.
    public func actorInterCodes() -> [String: Int] {
        Self.interCodes(actors)
    }

    /// The same for the bundled actor list, without loading the rest of the extractor (an
    /// export needs only these).
    public static func bundledActorInterCodes() throws -> [String: Int] {
        interCodes(ActorLexicon(data: [UInt8](try load("actors", required: false)), articles: []))
    }

    private static func interCodes(_ actors: ActorLexicon) -> [String: Int] {
        var codes: [String: Int] = [:]
        for entry in actors.entries where codes[entry.canonical] == nil {
            codes[entry.canonical] = switch entry.type {
            case .state: 1
            case .rebel: 2
            case .politicalMilitia: 3
            case .identityMilitia: 4
            case .rioters: 5
            case .protesters: 6
            case .civilians: 7
            case .external: 8
            }
        }
        return codes
    }
}
