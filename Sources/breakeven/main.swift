import BreakevenCLI

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

exit(BreakevenTool.run(Array(CommandLine.arguments.dropFirst())).rawValue)
