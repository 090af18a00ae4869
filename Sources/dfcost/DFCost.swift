import ArgumentParser

@main
struct DFCost: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "dfcost")
}
