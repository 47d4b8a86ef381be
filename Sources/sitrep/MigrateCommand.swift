import ArgumentParser
import Foundation
import SitrepStore

/// `sitrep migrate --from A --to B`: a field laptop's SQLite into the newsroom's PostgreSQL, and back.
struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Copy a whole database between SQLite and PostgreSQL.",
        discussion: """
            Copies every story, update, revision, live-log entry, user, token, session, source, incident, claim, \
            history entry and indicator, keeping their ids, then proves the copy by row counts and a SHA-256 of \
            every table on both sides. The destination must be empty; a copy that was interrupted is resumed \
            where it stopped (each batch is written in one transaction with a note of how far it got). \
            Stop the servers writing to the source first.
            """
    )

    @Option(help: ArgumentHelp("The database to copy: a SQLite file or postgres://user:password@host:port/database.", valueName: "path-or-url"))
    var from: String
    @Option(help: ArgumentHelp("Where to copy it (created and migrated when new).", valueName: "path-or-url"))
    var to: String
    @Option(help: "Rows per transaction.") var batch = 2_000

    func validate() throws {
        guard batch > 0 else { throw ValidationError("--batch must be at least 1.") }
        guard StoreLocation.redacted(from) != StoreLocation.redacted(to) else {
            throw ValidationError("--from and --to name the same database.")
        }
        if !StoreLocation.isPostgres(from), !FileManager.default.fileExists(atPath: from) {
            throw ValidationError("There is no database at \(from).")
        }
    }

    func run() async throws {
        let source = try await StoreOptions(database: from).open()
        let destination = try await StoreOptions(database: to).open()
        defer { Task { await source.close(); await destination.close() } }
        let started = ContinuousClock.now
        let reports: [StoreMigration.TableReport]
        do {
            reports = try await StoreMigration.copy(from: source, to: destination, batch: batch) { step in
                switch step {
                case let .copying(table, rows) where rows > 0 && rows % (batch * 50) == 0:
                    FileHandle.standardError.write(Data("  \(table): \(rows) rows…\n".utf8))
                case let .resumed(table):
                    FileHandle.standardError.write(Data("  \(table): resuming an interrupted copy\n".utf8))
                case let .skipped(table):
                    FileHandle.standardError.write(Data("  \(table): copied before\n".utf8))
                default:
                    break
                }
            }
        } catch let error as StoreError {
            throw CLIError("Migration stopped: \(error.message)"
                + (error.code == .conflict || error.code == .invalid ? "" : " Run the same command again to resume."))
        }
        for report in reports {
            print("\(report.table.padding(toLength: 18, withPad: " ", startingAt: 0)) \(String(report.rows).leftPad(9))  sha256 \(report.hash.prefix(16))")
        }
        let seconds = Double((ContinuousClock.now - started).components.attoseconds) / 1e18 + Double((ContinuousClock.now - started).components.seconds)
        print("Copied \(reports.reduce(0) { $0 + $1.rows }) rows from \(StoreLocation.redacted(from)) to \(StoreLocation.redacted(to)) "
              + "in \(String(format: "%.1f", seconds)) s; every table's count and hash match.")
    }
}

extension StoreOptions {
    init(database: String) {
        self.init()
        self.database = database
    }
}

private extension String {
    func leftPad(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
