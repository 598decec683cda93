// Verification of signed identities (docs/jwt.md): every reason code, the order of the checks, the
// expiry boundary, the classic JWT attacks, the mapped fields, and non-signed identities.
// Tokens are built here by hand, with Qt's own base64 and HMAC and with the openssl command
// for RS256, so that the verifier is checked against code other than its own; one HS256 token
// was made by PyJWT. RSA keys are generated at test time: no private key is ever committed.

#include "config/community_config.h"
#include "json/json_parser.h"
#include "jwt/jwt_verifier.h"
#include "support/hand_made_rsa.h"
#include "support/openssl_fixtures.h"

#include <QCryptographicHash>
#include <QFile>
#include <QMessageAuthenticationCode>
#include <QTest>

#include <atomic>
#include <limits>
#include <thread>
#include <vector>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

using namespace engage;

namespace {

const qint64 now = 1767225600; // 2026-01-01T00:00:00Z
const QByteArray validSecret = "9aeaf06388b8ab6487d1605b";
const QByteArray otherSecret = "0123456789abcdef01234567";

// Made with Debian's python3-jwt 2.6.0, independently of this program:
//   jwt.encode({"uuid": "visitor-42", "extra_values": {"customer_id": "C12345678",
//              "cell_number": "+33612345678"}, "exp": 1767225600 + 7200},
//              "9aeaf06388b8ab6487d1605b", algorithm="HS256", headers={"kid": "prod"})
const QByteArray pyJwtToken =
    "eyJhbGciOiJIUzI1NiIsImtpZCI6InByb2QiLCJ0eXAiOiJKV1QifQ."
    "eyJ1dWlkIjoidmlzaXRvci00MiIsImV4dHJhX3ZhbHVlcyI6eyJjdXN0b21lcl9pZCI6IkMxMjM0NTY3OCIsImNlbGxf"
    "bnVtYmVyIjoiKzMzNjEyMzQ1Njc4In0sImV4cCI6MTc2NzIzMjgwMH0."
    "tnJQs78pHFhxTTvGRFzFy9unY1Gv4d0em1uII80bgDk";

QByteArray b64(QByteArrayView bytes)
{
    return bytes.toByteArray().toBase64(QByteArray::Base64UrlEncoding |
                                        QByteArray::OmitTrailingEquals);
}

QByteArray hmacSha256(const QByteArray& data, const QByteArray& key)
{
    return QMessageAuthenticationCode::hash(data, key, QCryptographicHash::Sha256);
}

QByteArray hsToken(const QByteArray& header, const QByteArray& payload,
                   const QByteArray& secret = validSecret)
{
    const QByteArray signingInput = b64(header) + '.' + b64(payload);
    return signingInput + '.' + b64(hmacSha256(signingInput, secret));
}

QByteArray header(const QByteArray& alg = "HS256", const QByteArray& kid = "prod")
{
    return R"({"typ":"JWT","alg":")" + alg + R"(","kid":")" + kid + R"("})";
}

QByteArray payloadExpiring(qint64 exp)
{
    return R"({"uuid":"visitor-42","exp":)" + QByteArray::number(exp) + "}";
}

const QByteArray validPayload = payloadExpiring(now + 7200);

JwtKey hsKey(const QString& id, const QByteArray& secret,
             const QString& algorithm = JwtAlgorithm::hs256)
{
    return JwtKey{id, algorithm, QString::fromLatin1(secret), std::nullopt};
}

JwtKey rsKey(const QString& id, const QByteArray& publicKeyPem)
{
    return JwtKey{id, JwtAlgorithm::rs256, std::nullopt, QString::fromLatin1(publicKeyPem)};
}

// The same token with one segment replaced.
QByteArray withSegment(const QByteArray& token, int index, const QByteArray& segment)
{
    QList<QByteArray> segments = token.split('.');
    segments[index] = segment;
    return segments.join('.');
}

// Verifies the tokens in turn through one session, twice round so that the second pass runs on
// what the first left in the session's caches, and describes the first token whose verdict or
// hints differ from those of a fresh JwtVerifier::verify; empty when none does.
QString firstDifferenceFromFreshVerdicts(const JwtVerifier& verifier,
                                         const QList<QByteArray>& tokens)
{
    JwtVerifier::Session session(verifier);
    JwtVerdict kept;
    for (int round = 0; round < 2; ++round) {
        for (qsizetype index = 0; index < tokens.size(); ++index) {
            const JwtVerdict fresh = verifier.verify(tokens[index], now);
            session.verify(tokens[index], now, kept);
            const bool same = kept.accepted == fresh.accepted && kept.reason == fresh.reason &&
                              kept.message == fresh.message && kept.kid == fresh.kid &&
                              kept.alg == fresh.alg && kept.header == fresh.header &&
                              kept.payload == fresh.payload &&
                              kept.mappedFields == fresh.mappedFields && kept.hints == fresh.hints;
            if (!same) {
                return QStringLiteral("round %1, token %2: the session says \"%3\" with %4 "
                                      "hints, a fresh verify \"%5\" with %6 hints")
                    .arg(round)
                    .arg(index)
                    .arg(kept.accepted ? QStringLiteral("accepted") : kept.message)
                    .arg(kept.hints.size())
                    .arg(fresh.accepted ? QStringLiteral("accepted") : fresh.message)
                    .arg(fresh.hints.size());
            }
        }
    }
    return {};
}

// A payload with these extra values.
QByteArray payloadWithExtraValues(const QByteArray& extraValues)
{
    return R"({"uuid":"visitor-42","exp":)" + QByteArray::number(now + 7200) +
           R"(,"extra_values":{)" + extraValues + "}}";
}

} // namespace

class TestJwtVerifier : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void appliesTheChecksInOrder_data();
    void appliesTheChecksInOrder();
    void acceptsATokenMadeByPyJwt();
    void acceptsATokenOfExactly64KiB();
    void refusesAnOversizedTokenWithoutDecodingIt();
    void reportsTheDecodedPartsOfARefusedToken();
    void decodesNothingInRejectMode();
    void mapsExtraValuesOfAcceptedTokensOnly();
    void quotesTokenTextWithoutControlCharacters();
    void saysWhenTheTokenExpires();
    void checksNonSignedIdentities_data();
    void checksNonSignedIdentities();
    void mapsNonSignedIdentities();
    void refusesAnIdentityTreeThatIsNotValidJson();
    void inspectsWithoutKeyOrClock();
    void sessionsGiveTheSameVerdicts();
    void sessionsMapEachTokenAfreshOverTheLastOnesFields();
    void verifiesFromSeveralThreadsAtOnce();
    void refusesATokenForgedWithoutThePrivateKey_data();
    void refusesATokenForgedWithoutThePrivateKey();
    void sessionTellsApartHeadersOfTheSameLength();
    void sessionKeepsAHeaderOnlyForItsOwnText();
    void sessionForgetsAnUnknownKidOnceAKnownOneComes();
    void sessionAlternatesKidsAndAlgorithms();
    void sessionRecoversAfterAMalformedToken();
    void sessionTellsANearMissUntilTheKeyIsSpelledRight();
    void sessionNearMissCacheWrapsAfter64Keys();

private:
    CommunityConfig config(const QString& mode);
    CommunityConfig configWithHints();
    QByteArray rsToken(const QByteArray& header, const QByteArray& payload,
                       const QString& privateKeyPath) const;
    QByteArray tokenOfSize(qsizetype size) const;

    OpensslFixtures m_keys;
    QString m_privateKeyPath;
    QString m_otherPrivateKeyPath;
};

void TestJwtVerifier::initTestCase()
{
    m_privateKeyPath = m_keys.path(QStringLiteral("rsa.pem"));
    QFile privateKey(m_privateKeyPath);
    QVERIFY(privateKey.open(QIODevice::WriteOnly));
    privateKey.write(m_keys.rsaPrivateKey());
    privateKey.close();

    m_otherPrivateKeyPath = m_keys.path(QStringLiteral("other-rsa.pem"));
    m_keys.run({QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("RSA"),
                QStringLiteral("-pkeyopt"), QStringLiteral("rsa_keygen_bits:2048"),
                QStringLiteral("-out"), m_otherPrivateKeyPath});
    QVERIFY(!m_keys.rsaPublicKey().isEmpty());
}

// Keys: one good key of each algorithm, and keys that the configuration rules refuse.
CommunityConfig TestJwtVerifier::config(const QString& mode)
{
    CommunityConfig config;
    config.signedIdentities = mode;
    config.jwtKeys = {
        hsKey(QStringLiteral("prod"), validSecret),
        rsKey(QStringLiteral("rsa_2026"), m_keys.rsaPublicKey()),
        hsKey(QStringLiteral("capitals"), validSecret.toUpper()),
        hsKey(QStringLiteral("hs512"), otherSecret, QStringLiteral("HS512")),
        hsKey(QStringLiteral("twice"), validSecret),
        hsKey(QStringLiteral("twice"), otherSecret),
    };
    config.extraValuesMapping = {{QStringLiteral("cell_number"), QStringLiteral("mobile_phone")},
                                 {QStringLiteral("uuid"), QStringLiteral("custom_field:visitor")}};
    return config;
}

// config() with a second usable HS256 key, which signature hints try, and a mapping row that
// near-miss hints can point to.
CommunityConfig TestJwtVerifier::configWithHints()
{
    CommunityConfig hinted = config(SignedIdentities::require);
    hinted.jwtKeys.append(hsKey(QStringLiteral("staging"), otherSecret));
    hinted.extraValuesMapping.append(
        {QStringLiteral("customer_id"), QStringLiteral("custom_field:customer")});
    return hinted;
}

QByteArray TestJwtVerifier::rsToken(const QByteArray& header, const QByteArray& payload,
                                    const QString& privateKeyPath) const
{
    const QByteArray signingInput = b64(header) + '.' + b64(payload);
    const QByteArray signature = m_keys.run({QStringLiteral("dgst"), QStringLiteral("-sha256"),
                                             QStringLiteral("-sign"), privateKeyPath},
                                            signingInput);
    return signingInput + '.' + b64(signature);
}

// A valid HS256 token of exactly `size` bytes, padded with a filler member.
QByteArray TestJwtVerifier::tokenOfSize(qsizetype size) const
{
    for (int headerPadding = 0; headerPadding < 3; ++headerPadding) {
        const QByteArray paddedHeader = R"({"typ":"JWT","alg":"HS256","kid":"prod","x":")" +
                                        QByteArray(headerPadding, 'x') + "\"}";
        for (qsizetype filler = size * 3 / 4 - 200; filler < size * 3 / 4; ++filler) {
            const QByteArray payload = R"({"uuid":"visitor-42","exp":)" +
                                       QByteArray::number(now + 7200) + R"(,"filler":")" +
                                       QByteArray(filler, 'f') + "\"}";
            const QByteArray token = hsToken(paddedHeader, payload);
            if (token.size() == size)
                return token;
        }
    }
    return {};
}

void TestJwtVerifier::appliesTheChecksInOrder_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("reason"); // empty: accepted

    const QString require = SignedIdentities::require;
    const QString accept = SignedIdentities::accept;
    const QString reject = SignedIdentities::reject;
    const QByteArray good = hsToken(header(), validPayload);
    const QByteArray rsGood = rsToken(header("RS256", "rsa_2026"), validPayload, m_privateKeyPath);
    const QByteArray goodHeader = b64(header());
    const QByteArray goodPayload = b64(validPayload);
    const QByteArray paddedInput = header().toBase64(QByteArray::Base64UrlEncoding) + '.' +
                                   validPayload.toBase64(QByteArray::Base64UrlEncoding);
    QVERIFY(paddedInput.contains('='));
    const QByteArray paddedToken = paddedInput + '.' + b64(hmacSha256(paddedInput, validSecret));

    QTest::newRow("accepted: HS256 in require mode") << require << good << "";
    QTest::newRow("accepted: HS256 in accept mode") << accept << good << "";
    QTest::newRow("accepted: RS256") << require << rsGood << "";
    QTest::newRow("accepted: members in another order, unknown members")
        << require << hsToken(R"({"kid":"prod","cty":"x","alg":"HS256","typ":"JWT"})", validPayload)
        << "";
    QTest::newRow("accepted: key-locating headers are ignored")
        << require
        << hsToken(
               R"({"typ":"JWT","alg":"HS256","kid":"prod","jku":"https://evil.example/k","x5u":"https://evil.example/c","jwk":{"kty":"oct","k":"AAAA"},"x5c":["AAAA"]})",
               validPayload)
        << "";

    // 1
    QTest::newRow("signed_identities_rejected: reject mode")
        << reject << good << "signed_identities_rejected";
    QTest::newRow("signed_identities_rejected: comes before malformed")
        << reject << QByteArray("garbage") << "signed_identities_rejected";
    QTest::newRow("signed_identities_rejected: invalid mode")
        << QStringLiteral("Require") << good << "signed_identities_rejected";

    // 2
    QTest::newRow("malformed_token: empty") << require << QByteArray() << "malformed_token";
    QTest::newRow("malformed_token: two segments")
        << require << QByteArray(goodHeader + '.' + goodPayload) << "malformed_token";
    QTest::newRow("malformed_token: four segments")
        << require << QByteArray(good + ".AAAA") << "malformed_token";
    // A 32-byte HMAC is 43 base64url characters: one '=' makes it standard padded base64url.
    QTest::newRow("malformed_token: padding on the signature")
        << require << QByteArray(good + "=") << "malformed_token";
    QTest::newRow("malformed_token: padded header and payload, signed as sent")
        << require << paddedToken << "malformed_token";
    QTest::newRow("malformed_token: standard base64 alphabet")
        << require << withSegment(good, 2, "ab+/cd") << "malformed_token";
    QTest::newRow("malformed_token: white space")
        << require << QByteArray(good + "\n") << "malformed_token";
    QTest::newRow("malformed_token: space inside")
        << require << withSegment(good, 1, goodPayload.left(8) + ' ' + goodPayload.mid(8))
        << "malformed_token";
    QTest::newRow("malformed_token: signature length 4n+1")
        << require << QByteArray(good + "AA") << "malformed_token";
    QTest::newRow("malformed_token: non-zero unused bits")
        << require << withSegment(good, 2, "AB") << "malformed_token";
    QTest::newRow("malformed_token: truncated signature, invalid length")
        << require << good.chopped(2) << "malformed_token";
    QTest::newRow("malformed_token: empty header, signed as sent")
        << require << hsToken("", validPayload) << "malformed_token";
    QTest::newRow("malformed_token: header not JSON")
        << require << hsToken("{typ:JWT}", validPayload) << "malformed_token";
    QTest::newRow("malformed_token: header is an array")
        << require << hsToken(R"(["JWT","HS256"])", validPayload) << "malformed_token";
    QTest::newRow("malformed_token: payload is a string")
        << require << hsToken(header(), R"("visitor-42")") << "malformed_token";
    QTest::newRow("malformed_token: payload not UTF-8")
        << require << hsToken(header(), "{\"uuid\":\"\xff\",\"exp\":1767232800}")
        << "malformed_token";
    QTest::newRow("malformed_token: payload with trailing data")
        << require << hsToken(header(), validPayload + "{}") << "malformed_token";
    QTest::newRow("malformed_token: duplicated alg")
        << require
        << hsToken(R"({"typ":"JWT","alg":"none","kid":"prod","alg":"HS256"})", validPayload)
        << "malformed_token";
    QTest::newRow("malformed_token: duplicated exp")
        << require
        << hsToken(header(), R"({"uuid":"v","exp":1,"exp":)" + QByteArray::number(now + 7200) + "}")
        << "malformed_token";
    QTest::newRow("malformed_token: duplicate deep in the payload")
        << require
        << hsToken(header(), R"({"uuid":"v","exp":)" + QByteArray::number(now + 7200) +
                                 R"(,"extra_values":{"a":1,"a":2}})")
        << "malformed_token";
    QTest::newRow("malformed_token: crit")
        << require
        << hsToken(R"({"typ":"JWT","alg":"HS256","kid":"prod","crit":["exp"]})", validPayload)
        << "malformed_token";
    QTest::newRow("malformed_token: empty crit")
        << require << hsToken(R"({"typ":"JWT","alg":"HS256","kid":"prod","crit":[]})", validPayload)
        << "malformed_token";
    QTest::newRow("malformed_token: over 64 KiB")
        << require << tokenOfSize(64 * 1024 + 1) << "malformed_token";
    QTest::newRow("malformed_token: comes before unsupported_alg")
        << require << QByteArray(b64(R"({"alg":"none"})") + '.' + goodPayload + ".=")
        << "malformed_token";

    // 3
    QTest::newRow("unsupported_alg: none")
        << require << QByteArray(b64(header("none")) + '.' + goodPayload + '.')
        << "unsupported_alg";
    QTest::newRow("unsupported_alg: missing")
        << require << hsToken(R"({"typ":"JWT","kid":"prod"})", validPayload) << "unsupported_alg";
    QTest::newRow("unsupported_alg: HS512")
        << require << hsToken(header("HS512"), validPayload) << "unsupported_alg";
    QTest::newRow("unsupported_alg: lowercase")
        << require << hsToken(header("hs256"), validPayload) << "unsupported_alg";
    QTest::newRow("unsupported_alg: not a string")
        << require << hsToken(R"({"typ":"JWT","alg":256,"kid":"prod"})", validPayload)
        << "unsupported_alg";
    QTest::newRow("unsupported_alg: comes before invalid_typ")
        << require << hsToken(R"({"alg":"none","kid":"prod"})", validPayload) << "unsupported_alg";

    // 4
    QTest::newRow("invalid_typ: missing")
        << require << hsToken(R"({"alg":"HS256","kid":"prod"})", validPayload) << "invalid_typ";
    QTest::newRow("invalid_typ: lowercase")
        << require << hsToken(R"({"typ":"jwt","alg":"HS256","kid":"prod"})", validPayload)
        << "invalid_typ";
    QTest::newRow("invalid_typ: JOSE")
        << require << hsToken(R"({"typ":"JOSE","alg":"HS256","kid":"prod"})", validPayload)
        << "invalid_typ";
    QTest::newRow("invalid_typ: null")
        << require << hsToken(R"({"typ":null,"alg":"HS256","kid":"prod"})", validPayload)
        << "invalid_typ";
    QTest::newRow("invalid_typ: comes before missing_kid")
        << require << hsToken(R"({"alg":"HS256"})", validPayload) << "invalid_typ";

    // 5
    QTest::newRow("missing_kid: missing")
        << require << hsToken(R"({"typ":"JWT","alg":"HS256"})", validPayload) << "missing_kid";
    QTest::newRow("missing_kid: number")
        << require << hsToken(R"({"typ":"JWT","alg":"HS256","kid":1})", validPayload)
        << "missing_kid";
    QTest::newRow("missing_kid: null")
        << require << hsToken(R"({"typ":"JWT","alg":"HS256","kid":null})", validPayload)
        << "missing_kid";

    // 6
    QTest::newRow("unknown_kid: other ID")
        << require << hsToken(header("HS256", "staging"), validPayload) << "unknown_kid";
    QTest::newRow("unknown_kid: capitals")
        << require << hsToken(header("HS256", "PROD"), validPayload) << "unknown_kid";
    QTest::newRow("unknown_kid: trailing space")
        << require << hsToken(header("HS256", "prod "), validPayload) << "unknown_kid";
    QTest::newRow("unknown_kid: empty")
        << require << hsToken(header("HS256", ""), validPayload) << "unknown_kid";

    // 7
    QTest::newRow("alg_key_mismatch: HS256 signed with the RSA public key as secret")
        << require << hsToken(header("HS256", "rsa_2026"), validPayload, m_keys.rsaPublicKey())
        << "alg_key_mismatch";
    QTest::newRow("alg_key_mismatch: RS256 on an HS256 key")
        << require << rsToken(header("RS256", "prod"), validPayload, m_privateKeyPath)
        << "alg_key_mismatch";
    QTest::newRow("alg_key_mismatch: key with an invalid algorithm")
        << require << hsToken(header("HS256", "hs512"), validPayload, otherSecret)
        << "alg_key_mismatch";

    // 8
    QTest::newRow("bad_signature: tampered payload")
        << require
        << withSegment(good, 1,
                       b64(R"({"uuid":"admin","exp":)" + QByteArray::number(now + 7200) + "}"))
        << "bad_signature";
    QTest::newRow("bad_signature: tampered header")
        << require << withSegment(good, 0, b64(R"({"typ":"JWT","alg":"HS256","kid":"prod","x":1})"))
        << "bad_signature";
    QTest::newRow("bad_signature: truncated signature")
        << require << good.chopped(3) << "bad_signature";
    QTest::newRow("bad_signature: empty signature")
        << require << withSegment(good, 2, "") << "bad_signature";
    QTest::newRow("bad_signature: signed with the hex-decoded secret")
        << require << hsToken(header(), validPayload, QByteArray::fromHex(validSecret))
        << "bad_signature";
    QTest::newRow("bad_signature: other secret")
        << require << hsToken(header(), validPayload, otherSecret) << "bad_signature";
    QTest::newRow("bad_signature: signature of another token")
        << require
        << withSegment(good, 2, hsToken(header(), payloadExpiring(now + 7201)).split('.').at(2))
        << "bad_signature";
    QTest::newRow("bad_signature: RS256 tampered payload")
        << require << withSegment(rsGood, 1, b64(payloadExpiring(now + 9999))) << "bad_signature";
    QTest::newRow("bad_signature: RS256 other private key")
        << require << rsToken(header("RS256", "rsa_2026"), validPayload, m_otherPrivateKeyPath)
        << "bad_signature";
    QTest::newRow("bad_signature: RS256 signature as HMAC length")
        << require << withSegment(rsGood, 2, good.split('.').at(2)) << "bad_signature";
    QTest::newRow("bad_signature: key refused by the configuration rules")
        << require << hsToken(header("HS256", "capitals"), validPayload, validSecret.toUpper())
        << "bad_signature";
    QTest::newRow("bad_signature: ID shared by two keys")
        << require << hsToken(header("HS256", "twice"), validPayload) << "bad_signature";
    QTest::newRow("bad_signature: comes before missing_exp")
        << require << hsToken(header(), R"({"uuid":"v"})", otherSecret) << "bad_signature";

    // 9
    QTest::newRow("missing_exp") << require << hsToken(header(), R"({"uuid":"visitor-42"})")
                                 << "missing_exp";
    QTest::newRow("missing_exp: comes before missing_uuid")
        << require << hsToken(header(), "{}") << "missing_exp";

    // 10
    const QByteArray uuid = R"({"uuid":"visitor-42","exp":)";
    QTest::newRow("invalid_exp: string")
        << require << hsToken(header(), uuid + "\"1767232800\"}") << "invalid_exp";
    QTest::newRow("invalid_exp: fraction")
        << require << hsToken(header(), uuid + "1767232800.0}") << "invalid_exp";
    QTest::newRow("invalid_exp: exponent")
        << require << hsToken(header(), uuid + "1.7672328e9}") << "invalid_exp";
    QTest::newRow("invalid_exp: null")
        << require << hsToken(header(), uuid + "null}") << "invalid_exp";
    QTest::newRow("invalid_exp: beyond 64 bits")
        << require << hsToken(header(), uuid + "99999999999999999999}") << "invalid_exp";

    // 11
    QTest::newRow("exp_too_soon: now + 3599")
        << require << hsToken(header(), payloadExpiring(now + 3599)) << "exp_too_soon";
    QTest::newRow("accepted: now + 3600")
        << require << hsToken(header(), payloadExpiring(now + 3600)) << "";
    QTest::newRow("exp_too_soon: now")
        << require << hsToken(header(), payloadExpiring(now)) << "exp_too_soon";
    QTest::newRow("exp_too_soon: expired")
        << require << hsToken(header(), payloadExpiring(now - 86400)) << "exp_too_soon";
    QTest::newRow("exp_too_soon: negative")
        << require << hsToken(header(), payloadExpiring(-1)) << "exp_too_soon";
    QTest::newRow("accepted: largest exp")
        << require << hsToken(header(), payloadExpiring(std::numeric_limits<qint64>::max())) << "";

    // 12
    QTest::newRow("missing_uuid: missing")
        << require << hsToken(header(), R"({"exp":)" + QByteArray::number(now + 7200) + "}")
        << "missing_uuid";
    QTest::newRow("missing_uuid: empty")
        << require
        << hsToken(header(), R"({"uuid":"","exp":)" + QByteArray::number(now + 7200) + "}")
        << "missing_uuid";
    QTest::newRow("missing_uuid: number")
        << require
        << hsToken(header(), R"({"uuid":42,"exp":)" + QByteArray::number(now + 7200) + "}")
        << "missing_uuid";
    QTest::newRow("missing_uuid: null")
        << require
        << hsToken(header(), R"({"uuid":null,"exp":)" + QByteArray::number(now + 7200) + "}")
        << "missing_uuid";
}

void TestJwtVerifier::appliesTheChecksInOrder()
{
    QFETCH(QString, mode);
    QFETCH(QByteArray, token);
    QFETCH(QString, reason);

    const JwtVerifier verifier(config(mode));
    const JwtVerdict verdict = verifier.verify(token, now);

    QCOMPARE(verdict.reason ? jwtReasonName(*verdict.reason) : QString(), reason);
    QCOMPARE(verdict.accepted, reason.isEmpty());
    // Every refusal explains itself; an acceptance needs no explanation.
    QCOMPARE(verdict.message.isEmpty(), reason.isEmpty());
    QVERIFY(!verdict.message.contains(QString::fromLatin1(validSecret), Qt::CaseInsensitive));
}

void TestJwtVerifier::acceptsATokenMadeByPyJwt()
{
    const JwtVerifier verifier(config(SignedIdentities::require));

    const JwtVerdict verdict = verifier.verify(pyJwtToken, now);
    QVERIFY2(verdict.accepted, qPrintable(verdict.message));
    QCOMPARE(verdict.kid, QStringLiteral("prod"));
    QCOMPARE(verdict.alg, QStringLiteral("HS256"));
    QCOMPARE(
        verdict.mappedFields,
        (MappedFields{{QStringLiteral("mobile_phone"), QStringLiteral("+33612345678")},
                      {QStringLiteral("custom_field:visitor"), QStringLiteral("visitor-42")}}));

    // exp = now + 7200: one second later than now + 3600 it is too soon.
    QCOMPARE(verifier.verify(pyJwtToken, now + 3600).accepted, true);
    QCOMPARE(verifier.verify(pyJwtToken, now + 3601).reason, JwtReason::ExpTooSoon);
}

void TestJwtVerifier::acceptsATokenOfExactly64KiB()
{
    const QByteArray token = tokenOfSize(64 * 1024);
    QCOMPARE(token.size(), qsizetype(64 * 1024));
    const JwtVerdict verdict = JwtVerifier(config(SignedIdentities::require)).verify(token, now);
    QVERIFY2(verdict.accepted, qPrintable(verdict.message));
}

void TestJwtVerifier::refusesAnOversizedTokenWithoutDecodingIt()
{
    const JwtVerifier verifier(config(SignedIdentities::require));
    for (const QByteArray& token :
         {tokenOfSize(64 * 1024 + 1), QByteArray(10 * 1024 * 1024, 'A')}) {
        const JwtVerdict verdict = verifier.verify(token, now);
        QCOMPARE(verdict.reason, JwtReason::MalformedToken);
        QVERIFY(verdict.header.isEmpty());
        QVERIFY(verdict.payload.isEmpty());
        QVERIFY(!verdict.kid);
        QVERIFY2(verdict.message.contains(QLatin1String("64 KiB")), qPrintable(verdict.message));
    }
}

void TestJwtVerifier::reportsTheDecodedPartsOfARefusedToken()
{
    const JwtVerifier verifier(config(SignedIdentities::require));

    const JwtVerdict badSignature =
        verifier.verify(hsToken(header(), validPayload, otherSecret), now);
    QCOMPARE(badSignature.reason, JwtReason::BadSignature);
    QCOMPARE(badSignature.kid, QStringLiteral("prod"));
    QCOMPARE(badSignature.alg, QStringLiteral("HS256"));
    QCOMPARE(badSignature.header, header());
    QCOMPARE(badSignature.payload, validPayload);
    QVERIFY(badSignature.mappedFields.isEmpty());

    const JwtVerdict none =
        verifier.verify(b64(header("none")) + '.' + b64(validPayload) + '.', now);
    QCOMPARE(none.reason, JwtReason::UnsupportedAlg);
    QCOMPARE(none.alg, QStringLiteral("none"));
    QCOMPARE(none.kid, QStringLiteral("prod"));

    // The header decoded, the payload did not.
    const JwtVerdict brokenPayload = verifier.verify(b64(header()) + ".e30x.AAAA", now);
    QCOMPARE(brokenPayload.reason, JwtReason::MalformedToken);
    QCOMPARE(brokenPayload.header, header());
    QVERIFY(brokenPayload.payload.isEmpty());

    // Compact JSON whatever the token's spacing and escapes: the kid escape decodes to "prod".
    const QByteArray spacedHeader = " { \"typ\" : \"JWT\" ,\n \"alg\" : \"HS256\", \"kid\": "
                                    "\"pr\\u006fd\", \"x5u\": \"https:\\/\\/a\" } ";
    const JwtVerdict spaced = verifier.verify(hsToken(spacedHeader, validPayload), now);
    QVERIFY2(spaced.accepted, qPrintable(spaced.message));
    QCOMPARE(spaced.header,
             "{\"typ\":\"JWT\",\"alg\":\"HS256\",\"kid\":\"prod\",\"x5u\":\"https://a\"}");
}

void TestJwtVerifier::decodesNothingInRejectMode()
{
    const JwtVerdict verdict =
        JwtVerifier(config(SignedIdentities::reject)).verify(hsToken(header(), validPayload), now);
    QCOMPARE(verdict.reason, JwtReason::SignedIdentitiesRejected);
    QVERIFY(verdict.header.isEmpty());
    QVERIFY(verdict.payload.isEmpty());
    QVERIFY(verdict.mappedFields.isEmpty());
}

void TestJwtVerifier::mapsExtraValuesOfAcceptedTokensOnly()
{
    CommunityConfig mapped = config(SignedIdentities::require);
    mapped.extraValuesMapping = {
        {QStringLiteral("cell_number"), QStringLiteral("mobile_phone")},
        {QStringLiteral("uuid"), QStringLiteral("custom_field:visitor")},
        {QStringLiteral("age"), QStringLiteral("notes")},          // number: its JSON text
        {QStringLiteral("vip"), QStringLiteral("company")},        // boolean: "true"
        {QStringLiteral("address"), QStringLiteral("home_phone")}, // object: nothing
        {QStringLiteral("tags"), QStringLiteral("gender")},        // array: nothing
        {QStringLiteral("nickname"), QStringLiteral("firstname")}, // null: nothing
        {QStringLiteral("absent"), QStringLiteral("email")},       // absent: nothing
        {QStringLiteral("first_name"), QStringLiteral("lastname")},
        {QStringLiteral("last_name"), QStringLiteral("lastname")}, // the later row wins
    };
    const JwtVerifier verifier(mapped);
    const QByteArray payload =
        R"({"uuid":"visitor-42","exp":)" + QByteArray::number(now + 7200) +
        R"(,"cell_number":"top-level values are not extra values","extra_values":{)"
        R"("cell_number":"+33612345678","age":1.50,"vip":true,"address":{"city":"Paris"},)"
        R"("tags":["a"],"nickname":null,"first_name":"Ada","last_name":"Lovelace","uuid":"not this one"}})";

    const JwtVerdict verdict = verifier.verify(hsToken(header(), payload), now);
    QVERIFY2(verdict.accepted, qPrintable(verdict.message));
    const MappedFields expected{
        {QStringLiteral("mobile_phone"), QStringLiteral("+33612345678")},
        {QStringLiteral("custom_field:visitor"), QStringLiteral("visitor-42")},
        {QStringLiteral("notes"), QStringLiteral("1.50")},
        {QStringLiteral("company"), QStringLiteral("true")},
        {QStringLiteral("lastname"), QStringLiteral("Lovelace")},
    };
    QCOMPARE(verdict.mappedFields, expected);

    const JwtVerdict tooSoon = verifier.verify(hsToken(header(), payloadExpiring(now + 60)), now);
    QCOMPARE(tooSoon.reason, JwtReason::ExpTooSoon);
    QVERIFY(tooSoon.mappedFields.isEmpty());
}

void TestJwtVerifier::quotesTokenTextWithoutControlCharacters()
{
    const JwtVerifier verifier(config(SignedIdentities::require));
    const JwtVerdict verdict =
        verifier.verify(hsToken(header("HS256", "\\u001b[31mroot\\u0007"), validPayload), now);
    QCOMPARE(verdict.reason, JwtReason::UnknownKid);
    QCOMPARE(verdict.kid, QStringLiteral("\x1b[31mroot\x07"));
    QVERIFY2(verdict.message.contains(QLatin1String("[31mroot")), qPrintable(verdict.message));
    QVERIFY(!verdict.message.contains(QChar(0x1b)));
    QVERIFY(!verdict.message.contains(QChar(0x07)));
}

void TestJwtVerifier::saysWhenTheTokenExpires()
{
    const JwtVerifier verifier(config(SignedIdentities::require));
    const JwtVerdict verdict = verifier.verify(hsToken(header(), payloadExpiring(now + 1800)), now);
    QCOMPARE(verdict.reason, JwtReason::ExpTooSoon);
    QVERIFY2(verdict.message.contains(QLatin1String("2026-01-01T00:30:00Z")),
             qPrintable(verdict.message));
    QVERIFY2(verdict.message.contains(QLatin1String("one hour")), qPrintable(verdict.message));

    // A date before year 1 has no ISO 8601 form (Qt writes nothing): the Unix time is given.
    const JwtVerdict ancient =
        verifier.verify(hsToken(header(), payloadExpiring(-100000000000)), now);
    QCOMPARE(ancient.reason, JwtReason::ExpTooSoon);
    QVERIFY2(ancient.message.startsWith(QLatin1String("The token expired at Unix time "
                                                      "-100000000000, and it is now "
                                                      "2026-01-01T00:00:00Z")),
             qPrintable(ancient.message));
}

void TestJwtVerifier::checksNonSignedIdentities_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QByteArray>("identity");
    QTest::addColumn<QString>("reason");

    const QByteArray visitor =
        R"({"uuid":"visitor-42","extra_values":{"cell_number":"+33612345678"}})";
    QTest::newRow("accept mode") << SignedIdentities::accept << visitor << "";
    QTest::newRow("reject mode") << SignedIdentities::reject << visitor << "";
    QTest::newRow("require mode") << SignedIdentities::require << visitor
                                  << "signed_identity_required";
    QTest::newRow("invalid mode") << QStringLiteral("sometimes") << visitor
                                  << "signed_identity_required";
    QTest::newRow("no exp needed")
        << SignedIdentities::reject << QByteArray(R"({"uuid":"v"})") << "";
    QTest::newRow("missing uuid") << SignedIdentities::reject
                                  << QByteArray(R"({"extra_values":{}})") << "missing_uuid";
    QTest::newRow("empty uuid") << SignedIdentities::accept << QByteArray(R"({"uuid":""})")
                                << "missing_uuid";
    QTest::newRow("numeric uuid") << SignedIdentities::accept << QByteArray(R"({"uuid":42})")
                                  << "missing_uuid";
    QTest::newRow("not an object")
        << SignedIdentities::accept << QByteArray(R"(["visitor-42"])") << "missing_uuid";
    QTest::newRow("require mode comes first")
        << SignedIdentities::require << QByteArray("{}") << "signed_identity_required";
}

void TestJwtVerifier::checksNonSignedIdentities()
{
    QFETCH(QString, mode);
    QFETCH(QByteArray, identity);
    QFETCH(QString, reason);

    const JsonParseResult parsed = parseJson(identity);
    QVERIFY(parsed.value);
    const IdentityVerdict verdict = JwtVerifier(config(mode)).checkIdentity(*parsed.value);
    QCOMPARE(verdict.reason ? jwtReasonName(*verdict.reason) : QString(), reason);
    QCOMPARE(verdict.accepted, reason.isEmpty());
    QCOMPARE(verdict.message.isEmpty(), reason.isEmpty());
}

void TestJwtVerifier::mapsNonSignedIdentities()
{
    const JsonParseResult parsed =
        parseJson(R"({"uuid":"visitor-42","extra_values":{"cell_number":"+33612345678"}})");
    QVERIFY(parsed.value);
    const IdentityVerdict verdict =
        JwtVerifier(config(SignedIdentities::reject)).checkIdentity(*parsed.value);
    QVERIFY(verdict.accepted);
    QCOMPARE(
        verdict.mappedFields,
        (MappedFields{{QStringLiteral("mobile_phone"), QStringLiteral("+33612345678")},
                      {QStringLiteral("custom_field:visitor"), QStringLiteral("visitor-42")}}));
}

// Only a tree built in code can name a member twice; its uuid is then not to be trusted.
void TestJwtVerifier::refusesAnIdentityTreeThatIsNotValidJson()
{
    const JsonValue identity = JsonValue::makeObject(
        {{QStringLiteral("uuid"), JsonValue::makeString(QStringLiteral("visitor-42"))},
         {QStringLiteral("uuid"), JsonValue::makeString(QStringLiteral("someone-else"))}});
    const IdentityVerdict verdict =
        JwtVerifier(config(SignedIdentities::accept)).checkIdentity(identity);
    QVERIFY(!verdict.accepted);
    QCOMPARE(verdict.reason, std::optional<JwtReason>(JwtReason::MissingUuid));
    QVERIFY2(verdict.message.contains(QLatin1String("not valid JSON")),
             qPrintable(verdict.message));
    QVERIFY(verdict.mappedFields.isEmpty());
}

void TestJwtVerifier::inspectsWithoutKeyOrClock()
{
    // Signed with an unknown secret, long expired: inspection decodes it all the same.
    const JwtInspection expired =
        JwtVerifier::inspect(hsToken(header("HS256", "nobody"), payloadExpiring(1), otherSecret));
    QVERIFY(!expired.problem);
    QVERIFY(expired.header);
    QCOMPARE(expired.header->member(u"kid")->text(), QStringLiteral("nobody"));
    QVERIFY(expired.payload);
    QCOMPARE(expired.payload->member(u"exp")->text(), QStringLiteral("1"));

    // A broken header does not hide the payload.
    const JwtInspection brokenHeader = JwtVerifier::inspect("e30x." + b64(validPayload) + ".AAAA");
    QVERIFY(brokenHeader.problem);
    QVERIFY2(brokenHeader.problem->contains(QLatin1String("header")),
             qPrintable(*brokenHeader.problem));
    QVERIFY(!brokenHeader.header);
    QVERIFY(brokenHeader.payload);

    const JwtInspection twoSegments = JwtVerifier::inspect(b64(header()) + '.' + b64(validPayload));
    QVERIFY(twoSegments.problem);
    QVERIFY(!twoSegments.header);

    const JwtInspection paddedSignature =
        JwtVerifier::inspect(hsToken(header(), validPayload) + '=');
    QVERIFY(paddedSignature.problem);
    QVERIFY(paddedSignature.header);
    QVERIFY(paddedSignature.payload);
}

void TestJwtVerifier::sessionsGiveTheSameVerdicts()
{
    const JwtVerifier verifier(config(SignedIdentities::require));
    JwtVerifier::Session session(verifier);
    // Accepted and refused in turn, so that nothing of one verdict survives into the next; the
    // same header again and again, and other headers between, so that a session's last header
    // is taken again only when it is the same text.
    const QList<QByteArray> tokens{
        hsToken(header(), validPayload),
        hsToken(header(), validPayload, otherSecret),
        hsToken(header(), validPayload),
        hsToken(R"({"typ":"JWT","alg":"HS256","kid":"prod","crit":["exp"]})", validPayload),
        b64(R"({"typ":"JWT","alg":"HS256")") + '.' + b64(validPayload) + ".AAAA",
        hsToken(header(), validPayload),
        hsToken(R"({"typ": "JWT", "alg": "HS256", "kid": "prod"})", validPayload),
        rsToken(header("RS256", "rsa_2026"), validPayload, m_privateKeyPath),
        rsToken(header("RS256", "rsa_2026"), validPayload, m_otherPrivateKeyPath),
        hsToken(header(), payloadExpiring(now + 10)),
        hsToken(R"({"typ":"JWT","alg":"HS256","kid":"other"})", validPayload),
        b64(header()) + ".e30x.AAAA",
        "not a token",
    };
    JwtVerdict kept;
    // Twice round, so that the second pass runs on contexts kept from the first.
    for (int round = 0; round < 2; ++round) {
        for (const QByteArray& token : tokens) {
            const JwtVerdict once = verifier.verify(token, now);
            session.verify(token, now, kept);
            QCOMPARE(kept.accepted, once.accepted);
            QCOMPARE(kept.reason, once.reason);
            QCOMPARE(kept.message, once.message);
            QCOMPARE(kept.kid, once.kid);
            QCOMPARE(kept.alg, once.alg);
            QCOMPARE(kept.header, once.header);
            QCOMPARE(kept.payload, once.payload);
            QCOMPARE(kept.mappedFields, once.mappedFields);
        }
    }
}

// A session writes each accepted token's mapped fields over those of the token before: more
// fields, fewer, none, other texts, text that is not ASCII.
void TestJwtVerifier::sessionsMapEachTokenAfreshOverTheLastOnesFields()
{
    CommunityConfig mapped = config(SignedIdentities::require);
    mapped.extraValuesMapping = {
        {QStringLiteral("cell_number"), QStringLiteral("mobile_phone")},
        {QStringLiteral("uuid"), QStringLiteral("custom_field:visitor")},
        {QStringLiteral("age"), QStringLiteral("notes")},
        {QStringLiteral("first_name"), QStringLiteral("lastname")},
        {QStringLiteral("last_name"), QStringLiteral("lastname")},
    };
    const JwtVerifier verifier(mapped);
    JwtVerifier::Session session(verifier);
    const auto withExtraValues = [](const QByteArray& uuid, const QByteArray& extraValues) {
        return R"({"uuid":")" + uuid + R"(","exp":)" + QByteArray::number(now + 7200) +
               R"(,"extra_values":{)" + extraValues + "}}";
    };
    const QList<QByteArray> payloads{
        withExtraValues("visitor-1", R"("cell_number":"+33612345678","age":42,"first_name":"Ada")"),
        withExtraValues("v", R"("last_name":"Löwe")"),
        withExtraValues("visitor-été", R"("first_name":"Ada","last_name":"Lovelace")"),
        withExtraValues("visitor-3", R"("cell_number":true,"age":1.50)"),
        payloadExpiring(now + 60), // refused: no field at all
        withExtraValues("visitor-4", R"("cell_number":"+1")"),
        withExtraValues("visitor-5", R"("first_name":"Émile","cell_number":"+2","age":7)"),
    };
    JwtVerdict kept;
    for (int round = 0; round < 2; ++round) {
        for (const QByteArray& payload : payloads) {
            const QByteArray token = hsToken(header(), payload);
            session.verify(token, now, kept);
            QCOMPARE(kept.mappedFields, verifier.verify(token, now).mappedFields);
        }
    }
    QCOMPARE(kept.mappedFields.size(), 4);
    QCOMPARE(kept.mappedFields.at(3),
             (MappedField{QStringLiteral("lastname"), QString::fromUtf8("\u00c9mile")}));
    // Non-ASCII after ASCII, written into storage that held longer ASCII values.
    session.verify(hsToken(header(), payloads.at(1)), now, kept);
    QCOMPARE(kept.mappedFields,
             (MappedFields{{QStringLiteral("custom_field:visitor"), QStringLiteral("v")},
                           {QStringLiteral("lastname"), QString::fromUtf8("L\u00f6we")}}));
}

void TestJwtVerifier::verifiesFromSeveralThreadsAtOnce()
{
    const JwtVerifier verifier(config(SignedIdentities::require));
    const QByteArray good = hsToken(header(), validPayload);
    const QByteArray forged = hsToken(header(), validPayload, otherSecret);
    const QByteArray rsGood = rsToken(header("RS256", "rsa_2026"), validPayload, m_privateKeyPath);
    std::atomic<int> wrong{0};

    std::vector<std::thread> threads;
    threads.reserve(4);
    for (int thread = 0; thread < 4; ++thread) {
        threads.emplace_back([&, thread] {
            JwtVerifier::Session session(verifier);
            JwtVerdict sessionVerdict;
            for (int i = 0; i < 300; ++i) {
                // Half the threads share the verifier's own verify(), half use a session.
                const bool useSession = thread % 2 == 0;
                const auto check = [&](const QByteArray& token) {
                    if (!useSession)
                        return verifier.verify(token, now);
                    session.verify(token, now, sessionVerdict);
                    return sessionVerdict;
                };
                if (!check(good).accepted || check(forged).accepted || !check(rsGood).accepted)
                    ++wrong;
            }
        });
    }
    for (std::thread& thread : threads)
        thread.join();
    QCOMPARE(wrong.load(), 0);
}

void TestJwtVerifier::refusesATokenForgedWithoutThePrivateKey_data()
{
    QTest::addColumn<QByteArray>("publicKey");
    QTest::addColumn<QByteArray>("forged");
    QTest::addColumn<QString>("problem");

    const QByteArray signingInput = b64(header("RS256", "weak")) + '.' + b64(validPayload);
    const QByteArray n2048 = oddModulus(2048);
    const QString exponentOne = QStringLiteral(
        "its public exponent is 1, so anyone could forge tokens that it verifies without the "
        "private key");
    const QString notStrict = QStringLiteral(
        "its DER encoding is not strict: DER allows one encoding of each key, and programs may "
        "read other numbers from this one than those checked here, or refuse it; export it again "
        "with \"openssl pkey -pubin -in key.pem\"");
    // With e = 1 a signature is its own message: the padded digest.
    const QByteArray paddedDigest = forgedRs256Signature(signingInput, 2048);
    QTest::newRow("exponent 1") << handMadeRsaPublicKey(n2048, derInteger("\x01")) << paddedDigest
                                << exponentOne;
    QTest::newRow("exponent 1 with a superfluous leading byte")
        << handMadeRsaPublicKey(n2048, derInteger(QByteArray("\x00\x01", 2))) << paddedDigest
        << notStrict;
    // With n = p prime, d = e^-1 mod (p - 1).
    QTest::newRow("prime modulus")
        << handMadeRsaPublicKey(primeModulus(), exponent65537())
        << forgedRs256SignatureForPrimeModulus(signingInput)
        << QStringLiteral("its modulus is a prime number instead of a product of two primes, so "
                          "anyone can compute its private key and forge tokens that it verifies");
}

// Signatures made without any private key for keys no honest signer makes: OpenSSL takes them;
// the verifier must not, even for a configuration built in code and never validated.
void TestJwtVerifier::refusesATokenForgedWithoutThePrivateKey()
{
    QFETCH(QByteArray, publicKey);
    QFETCH(QByteArray, forged);
    QFETCH(QString, problem);
    const QByteArray signingInput = b64(header("RS256", "weak")) + '.' + b64(validPayload);
    const QByteArray token = signingInput + '.' + b64(forged);

    // The forgery is real: OpenSSL alone verifies it with this key.
    const std::unique_ptr<BIO, decltype(&BIO_free)> bio(
        BIO_new_mem_buf(publicKey.constData(), static_cast<int>(publicKey.size())), &BIO_free);
    const std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(
        PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr), &EVP_PKEY_free);
    QVERIFY(key);
    const std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> context(
        EVP_PKEY_CTX_new(key.get(), nullptr), &EVP_PKEY_CTX_free);
    const QByteArray digest = QCryptographicHash::hash(signingInput, QCryptographicHash::Sha256);
    QVERIFY(context && EVP_PKEY_verify_init(context.get()) == 1 &&
            EVP_PKEY_CTX_set_rsa_padding(context.get(), RSA_PKCS1_PADDING) == 1 &&
            EVP_PKEY_CTX_set_signature_md(context.get(), EVP_sha256()) == 1);
    QCOMPARE(EVP_PKEY_verify(context.get(), reinterpret_cast<const unsigned char*>(forged.data()),
                             static_cast<std::size_t>(forged.size()),
                             reinterpret_cast<const unsigned char*>(digest.data()),
                             static_cast<std::size_t>(digest.size())),
             1);

    CommunityConfig unvalidated = config(SignedIdentities::require);
    unvalidated.jwtKeys.append(rsKey(QStringLiteral("weak"), publicKey));
    const JwtVerifier verifier(unvalidated);
    JwtVerifier::Session session(verifier);
    JwtVerdict verdict;
    session.verify(token, now, verdict);
    QVERIFY(!verdict.accepted);
    QCOMPARE(verdict.reason, JwtReason::BadSignature);
    QCOMPARE(verdict.message,
             QStringLiteral("The key \"weak\" is unusable, so no signature can be verified with "
                            "it; correct the key first. This RSA public key cannot be used: %1.")
                 .arg(problem));
    QCOMPARE(verifier.verify(token, now).reason, JwtReason::BadSignature);
}

// The session keeps its last header and reuses it only for the same text: a header of the same
// length that names another key gets that key and its own verdict.
void TestJwtVerifier::sessionTellsApartHeadersOfTheSameLength()
{
    CommunityConfig twoKeys;
    twoKeys.signedIdentities = SignedIdentities::require;
    twoKeys.jwtKeys = {hsKey(QStringLiteral("aa"), validSecret),
                       hsKey(QStringLiteral("ab"), otherSecret)};
    const JwtVerifier verifier(twoKeys);
    JwtVerifier::Session session(verifier);
    QCOMPARE(b64(header("HS256", "aa")).size(), b64(header("HS256", "ab")).size());

    JwtVerdict verdict;
    session.verify(hsToken(header("HS256", "aa"), validPayload, validSecret), now, verdict);
    QVERIFY2(verdict.accepted, qPrintable(verdict.message));
    QCOMPARE(verdict.kid, QStringLiteral("aa"));

    session.verify(hsToken(header("HS256", "ab"), validPayload, otherSecret), now, verdict);
    QVERIFY2(verdict.accepted, qPrintable(verdict.message));
    QCOMPARE(verdict.kid, QStringLiteral("ab"));

    session.verify(hsToken(header("HS256", "ac"), validPayload, otherSecret), now, verdict);
    QCOMPARE(verdict.reason, JwtReason::UnknownKid);
    QCOMPARE(verdict.kid, QStringLiteral("ac"));

    // A token signed for "aa" but naming "ab" after an "aa" token: "ab"'s secret decides.
    session.verify(hsToken(header("HS256", "aa"), validPayload, validSecret), now, verdict);
    session.verify(hsToken(header("HS256", "ab"), validPayload, validSecret), now, verdict);
    QCOMPARE(verdict.reason, JwtReason::BadSignature);
    QCOMPARE(verdict.kid, QStringLiteral("ab"));
}

// The caches of a session (its last header with its base64url text and the key its kid names,
// the MAC and RSA contexts of each key, the hint engine's near-miss cache) must never show: each
// sequence below gives, token by token, the verdict and hints that a fresh verify gives.

void TestJwtVerifier::sessionKeepsAHeaderOnlyForItsOwnText()
{
    const JwtVerifier verifier(configWithHints());
    const QByteArray spaced = R"({"typ": "JWT", "alg": "HS256", "kid": "prod"})";
    const QByteArray otherOrder = R"({"kid":"prod","alg":"HS256","typ":"JWT"})";
    const QString difference = firstDifferenceFromFreshVerdicts(
        verifier, {
                      hsToken(header(), validPayload),
                      hsToken(header(), validPayload),
                      hsToken(spaced, validPayload),
                      hsToken(spaced, payloadExpiring(now + 10)),
                      hsToken(otherOrder, validPayload, otherSecret),
                      hsToken(header(), validPayload),
                      hsToken(header("HS256", "capitals"), validPayload),
                      hsToken(header("HS256", "capitals"), validPayload, validSecret.toUpper()),
                  });
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestJwtVerifier::sessionForgetsAnUnknownKidOnceAKnownOneComes()
{
    const JwtVerifier verifier(configWithHints());
    const QString difference = firstDifferenceFromFreshVerdicts(
        verifier, {
                      hsToken(header("HS256", "prdo"), validPayload),
                      hsToken(header(), validPayload),
                      hsToken(header("HS256", "prdo"), validPayload),
                      hsToken(header("HS256", "Prod"), validPayload),
                      hsToken(header(), validPayload, validSecret.toUpper()),
                      hsToken(header("HS256", "rsa_2027"), validPayload),
                      rsToken(header("RS256", "rsa_2026"), validPayload, m_privateKeyPath),
                  });
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestJwtVerifier::sessionAlternatesKidsAndAlgorithms()
{
    const JwtVerifier verifier(configWithHints());
    const QByteArray rsGood = rsToken(header("RS256", "rsa_2026"), validPayload, m_privateKeyPath);
    const QByteArray rsForged =
        rsToken(header("RS256", "rsa_2026"), validPayload, m_otherPrivateKeyPath);
    const QString difference = firstDifferenceFromFreshVerdicts(
        verifier, {
                      hsToken(header(), validPayload),
                      hsToken(header("HS256", "staging"), validPayload, otherSecret),
                      rsGood,
                      hsToken(header(), validPayload, otherSecret),
                      hsToken(header("HS256", "staging"), validPayload),
                      hsToken(header(), validPayload, validSecret.toUpper()),
                      hsToken(header("HS256", "capitals"), validPayload, validSecret.toUpper()),
                      rsForged,
                      hsToken(header("HS256", "capitals"), validPayload),
                      hsToken(header(), validPayload),
                      rsToken(header("RS256", "prod"), validPayload, m_privateKeyPath),
                      hsToken(header("HS256", "rsa_2026"), validPayload),
                      rsGood,
                      hsToken(header("HS256", "hs512"), validPayload, otherSecret),
                      hsToken(header("HS256", "twice"), validPayload),
                      hsToken(header(), validPayload),
                  });
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestJwtVerifier::sessionRecoversAfterAMalformedToken()
{
    const JwtVerifier verifier(configWithHints());
    const QByteArray good = hsToken(header(), validPayload);
    const QByteArray otherKid =
        hsToken(header("HS256", "capitals"), validPayload, validSecret.toUpper());
    const QString difference = firstDifferenceFromFreshVerdicts(
        verifier, {
                      good,
                      "e30x." + b64(validPayload) + ".AAAA",
                      good,
                      b64("[1]") + '.' + b64(validPayload) + ".AAAA",
                      good,
                      b64(header()) + ".e30x." + good.split('.').at(2),
                      good,
                      "Bearer " + otherKid,
                      good,
                      otherKid,
                      good + '=',
                      "\"" + hsToken(header("HS256", "prdo"), validPayload) + "\"",
                      otherKid,
                      "not a token",
                      good,
                  });
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestJwtVerifier::sessionTellsANearMissUntilTheKeyIsSpelledRight()
{
    const JwtVerifier verifier(configWithHints());
    const QString difference = firstDifferenceFromFreshVerdicts(
        verifier,
        {
            hsToken(header(), payloadWithExtraValues(R"("customerid":"C1")")),
            hsToken(header(), payloadWithExtraValues(R"("customer_id":"C1")")),
            hsToken(header(), payloadWithExtraValues(R"("customerid":"C1","customer_id":"C2")")),
            hsToken(header(), payloadWithExtraValues(R"("customerid":"C1")")),
            hsToken(header(), payloadWithExtraValues(R"("Customer-ID":"C3")"), otherSecret),
            hsToken(header(), payloadWithExtraValues(R"("customer_id":"C4")")),
            hsToken(header(), payloadWithExtraValues(R"("Customer-ID":"C3")")),
        });
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

// The near-miss cache holds 64 keys, then writes over the oldest: keys seen before it wrapped
// and looked up again after, near misses and others, get the hints they got the first time.
void TestJwtVerifier::sessionNearMissCacheWrapsAfter64Keys()
{
    const JwtVerifier verifier(configWithHints());
    QList<QByteArray> tokens{
        hsToken(header(), payloadWithExtraValues(R"("customerid":"C1")")),
        hsToken(header(), payloadWithExtraValues(R"("cellnumber":"+33")")),
    };
    for (int key = 0; key < 70; ++key) {
        const QByteArray name = "unrelated_" + QByteArray::number(key);
        tokens.append(hsToken(header(), payloadWithExtraValues("\"" + name + "\":1")));
        // Every tenth, a near miss again, so that it sits at another place in the cache.
        if (key % 10 == 9)
            tokens.append(hsToken(header(), payloadWithExtraValues(R"("customerid":"C2")")));
    }
    tokens.append(hsToken(header(), payloadWithExtraValues(R"("cellnumber":"+33")")));
    tokens.append(hsToken(header(), payloadWithExtraValues(R"("unrelated_0":"x")")));
    tokens.append(hsToken(header(), payloadWithExtraValues(R"("customerid":"C3")")));
    const QString difference = firstDifferenceFromFreshVerdicts(verifier, tokens);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

QTEST_GUILESS_MAIN(TestJwtVerifier)
#include "test_jwt_verifier.moc"
