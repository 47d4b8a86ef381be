import ArgumentParser

@main
struct Sitrep: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sitrep",
        abstract: "A live conflict desk: publish live coverage, extract structured events, keep the record.",
        subcommands: [ServeCommand.self, DemoCommand.self, ImportCommand.self, ExtractCommand.self, RecordCommand.self, ExportCommand.self, MigrateCommand.self, UserCommand.self, TokenCommand.self]
    )
}
