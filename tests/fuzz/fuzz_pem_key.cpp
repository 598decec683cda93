// libFuzzer target: PEM key classification on arbitrary text.
// Invariants checked: an RSA public key always comes with a size, a fingerprint and a key object;
// an unusable one never comes with a key object, and always with the reason.

#include "crypto/pem_key.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const engage::PemKeyInspection inspection = engage::inspectPemKey(input);
    if (inspection.kind == engage::PemKeyKind::RsaPublicKey &&
        (inspection.modulusBits <= 0 || inspection.sha256Fingerprint.size() != 64 ||
         !inspection.publicKey))
        std::abort();
    if (inspection.kind == engage::PemKeyKind::UnusableRsaPublicKey &&
        (inspection.publicKey || inspection.problem.isEmpty()))
        std::abort();
    return 0;
}
