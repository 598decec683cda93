// libFuzzer target: the JWT verifier on arbitrary tokens (see jwt_fuzzing.h for the
// configuration and the checks), and the inspection of the same text.

#include "jwt_fuzzing.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArrayView token(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    jwt_fuzzing::verifyAndCompare(token);
    (void)engage::JwtVerifier::inspect(token);
    return 0;
}
