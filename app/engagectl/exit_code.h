#pragma once

namespace engage {

// docs/engagectl.md: the exit codes scripts rely on.
enum ExitCode : int {
    ExitSuccess = 0,       // success, valid, accepted
    ExitInvalid = 1,       // invalid, rejected
    ExitUsageOrIo = 2,     // usage or I/O error
    ExitConflict = 3,      // sync conflict
    ExitNetworkOrAuth = 4, // network or authentication failure
    ExitNoSuchApi = 5      // the server does not offer this API (the settings extension)
};

} // namespace engage
