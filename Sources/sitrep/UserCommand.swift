import ArgumentParser
import Foundation
import SitrepModel
import SitrepStore

struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "user", abstract: "Manage desk users.", subcommands: [Add.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Create a user. The password is read from the terminal, or from standard input when it is not a terminal."
        )

        @OptionGroup var store: StoreOptions
        @Argument(help: "User name (letters, digits, . _ -).") var name: String
        @Option(help: "Role: editor (publishes), reviewer (reviews the record) or admin (users and sources).") var role: Role = .editor

        func run() async throws {
            guard User.isValidName(name) else {
                throw ValidationError("User names are 1–64 letters, digits, '.', '_' or '-'.")
            }
            let password = try PasswordInput.read(prompt: "Password for \(name): ")
            guard password.count >= 8 else { throw ValidationError("The password must be at least 8 characters.") }
            let user = try await store.open().createUser(name: name, role: role, passwordHash: Credentials.hashPassword(password), now: Date())
            print("Created \(user.role.rawValue) \(user.name).")
        }
    }
}

extension Role: ExpressibleByArgument {}

enum PasswordInput {
    static func read(prompt: String) throws -> String {
        if isatty(STDIN_FILENO) == 1 {
            guard let pointer = getpass(prompt) else { throw ValidationError("No password given.") }
            return String(cString: pointer)
        }
        guard let line = readLine(strippingNewline: true), !line.isEmpty else {
            throw ValidationError("No password on standard input.")
        }
        return line
    }
}

struct TokenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "token", abstract: "Manage API tokens.", subcommands: [Create.self])

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "create", abstract: "Create an API token for a user; it is shown once.")

        @OptionGroup var store: StoreOptions
        @Argument(help: "The user the token acts for.") var name: String
        @Option(help: "A label to recognise the token by.") var label = "cli"

        func run() async throws {
            let token = Credentials.newToken()
            do {
                try await store.open().addToken(hash: token.hash, label: label, forUser: name, now: Date())
            } catch let error as StoreError where error.code == .notFound {
                throw ValidationError("There is no user \"\(name)\". Create one with `sitrep user add \(name)`.")
            }
            print(token.plain)
            FileHandle.standardError.write(Data("Store this token now; it cannot be shown again.\n".utf8))
        }
    }
}
