// libFuzzer target: PEM key classification on arbitrary text.
// Invariant checked: an RSA public key always comes with a size and a fingerprint.

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
    return 0;
}
