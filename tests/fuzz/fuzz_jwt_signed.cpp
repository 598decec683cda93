// libFuzzer target: the checks after the signature (exp, uuid, the mapping), which fuzz_jwt
// never reaches since it cannot forge an HMAC. The input is a header's JSON, a line break, and
// a payload's JSON; each is base64url-encoded as they are, and "header.payload" is signed with
// the secret of the configured HS256 key, so that a header naming that key passes the
// signature check. Checked as in fuzz_jwt (jwt_fuzzing.h), and also: such a token is never
// refused for its signature, and an accepted one maps its uuid (to "notes").

#include "jwt_fuzzing.h"

#include <QMessageAuthenticationCode>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

QByteArray base64Url(QByteArrayView bytes)
{
    return bytes.toByteArray().toBase64(QByteArray::Base64UrlEncoding |
                                        QByteArray::OmitTrailingEquals);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const qsizetype lineBreak = input.indexOf('\n');
    const QByteArrayView header = lineBreak < 0 ? input : input.first(lineBreak);
    const QByteArrayView payload = lineBreak < 0 ? QByteArrayView() : input.sliced(lineBreak + 1);
    const QByteArray signingInput = base64Url(header) + '.' + base64Url(payload);
    const QByteArray token =
        signingInput + '.' +
        base64Url(QMessageAuthenticationCode::hash(signingInput, QByteArray(jwt_fuzzing::secret),
                                                   QCryptographicHash::Sha256));

    const engage::JwtVerdict& verdict = jwt_fuzzing::verifyAndCompare(token);
    if (verdict.reason == engage::JwtReason::BadSignature && verdict.kid == QLatin1String("prod") &&
        verdict.alg == QLatin1String("HS256")) {
        std::abort();
    }
    if (verdict.accepted) {
        bool uuidMapped = false;
        for (const engage::MappedField& field : verdict.mappedFields)
            uuidMapped =
                uuidMapped || (field.field == QLatin1String("notes") && !field.value.isEmpty());
        if (!uuidMapped)
            std::abort();
    }
    return 0;
}
