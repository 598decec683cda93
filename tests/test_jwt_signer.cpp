// Test tokens for integrators (docs/engagectl.md sign-jwt): the exact header, the added exp,
// signatures that the verifier and independent code accept, and refusals that never leak key
// material.

#include "config/community_config.h"
#include "json/json_parser.h"
#include "jwt/jwt_signer.h"
#include "jwt/jwt_verifier.h"
#include "support/hand_made_rsa.h"
#include "support/openssl_fixtures.h"

#include <QCryptographicHash>
#include <QFile>
#include <QMessageAuthenticationCode>
#include <QTest>

#include <limits>

using namespace engage;

namespace {

const qint64 now = 1767225600; // 2026-01-01T00:00:00Z
const QByteArray validSecret = "9aeaf06388b8ab6487d1605b";

JsonValue json(const QByteArray& text)
{
    return parseJson(text).value.value_or(JsonValue());
}

QByteArray decodedSegment(const QByteArray& token, int index)
{
    return QByteArray::fromBase64(token.split('.').value(index),
                                  QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

JwtSignRequest request(const QString& kid, const QByteArray& payload = R"({"uuid":"visitor-42"})")
{
    JwtSignRequest request;
    request.kid = kid;
    request.payload = json(payload);
    request.nowUnixSeconds = now;
    return request;
}

} // namespace

class TestJwtSigner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void signsHs256TokensTheVerifierAccepts();
    void signsWithTheSecretsOwnBytes();
    void keepsAnExpThePayloadAlreadyHas();
    void appliesTheTimeToLive();
    void signsRs256TokensWithTheMatchingPrivateKey_data();
    void signsRs256TokensWithTheMatchingPrivateKey();
    void refusesUnusableRequests_data();
    void refusesUnusableRequests();

private:
    CommunityConfig config();
    QByteArray otherPrivateKey();

    OpensslFixtures m_keys;
};

void TestJwtSigner::initTestCase()
{
    QVERIFY(!m_keys.rsaPublicKey().isEmpty());
}

CommunityConfig TestJwtSigner::config()
{
    CommunityConfig config;
    config.signedIdentities = SignedIdentities::require;
    config.jwtKeys = {
        JwtKey{QStringLiteral("prod"), JwtAlgorithm::hs256, QString::fromLatin1(validSecret),
               std::nullopt},
        JwtKey{QStringLiteral("rsa_2026"), JwtAlgorithm::rs256, std::nullopt,
               QString::fromLatin1(m_keys.rsaPublicKey())},
        JwtKey{QStringLiteral("capitals"), JwtAlgorithm::hs256,
               QString::fromLatin1(validSecret.toUpper()), std::nullopt},
        JwtKey{QStringLiteral("redacted"), JwtAlgorithm::hs256, std::nullopt, std::nullopt},
        JwtKey{QStringLiteral("twice"), JwtAlgorithm::hs256, QString::fromLatin1(validSecret),
               std::nullopt},
        JwtKey{QStringLiteral("twice"), JwtAlgorithm::hs256,
               QStringLiteral("0123456789abcdef01234567"), std::nullopt},
        JwtKey{QStringLiteral("exponent_one"), JwtAlgorithm::rs256, std::nullopt,
               QString::fromLatin1(handMadeRsaPublicKey(oddModulus(2048), derInteger("\x01")))},
        JwtKey{QStringLiteral("exponent_one_padded"), JwtAlgorithm::rs256, std::nullopt,
               QString::fromLatin1(
                   handMadeRsaPublicKey(oddModulus(2048), derInteger(QByteArray("\x00\x01", 2))))},
    };
    return config;
}

QByteArray TestJwtSigner::otherPrivateKey()
{
    return m_keys.run({QStringLiteral("genpkey"), QStringLiteral("-algorithm"),
                       QStringLiteral("RSA"), QStringLiteral("-pkeyopt"),
                       QStringLiteral("rsa_keygen_bits:2048")});
}

void TestJwtSigner::signsHs256TokensTheVerifierAccepts()
{
    const JwtSignResult result = JwtSigner::sign(config(), request(QStringLiteral("prod")));
    QVERIFY2(result.token, result.error ? qPrintable(*result.error) : "");
    QVERIFY(!result.error);

    QCOMPARE(decodedSegment(*result.token, 0),
             QByteArray(R"({"typ":"JWT","alg":"HS256","kid":"prod"})"));
    QCOMPARE(decodedSegment(*result.token, 1),
             QByteArray(R"({"uuid":"visitor-42","exp":1767232800})"));
    const JwtVerdict verdict = JwtVerifier(config()).verify(*result.token, now);
    QVERIFY2(verdict.accepted, qPrintable(verdict.message));
}

// What website integrators' libraries do: the 24 characters are the key, not 12 hex bytes.
void TestJwtSigner::signsWithTheSecretsOwnBytes()
{
    const JwtSignResult result = JwtSigner::sign(config(), request(QStringLiteral("prod")));
    QVERIFY(result.token);
    const qsizetype lastDot = result.token->lastIndexOf('.');
    const QByteArray expected = QMessageAuthenticationCode::hash(
        result.token->left(lastDot), validSecret, QCryptographicHash::Sha256);
    QCOMPARE(decodedSegment(*result.token, 2), expected);
}

void TestJwtSigner::keepsAnExpThePayloadAlreadyHas()
{
    const JwtSignResult result = JwtSigner::sign(
        config(), request(QStringLiteral("prod"),
                          R"({"exp": 1767300000, "uuid": "v", "extra_values": {"a": 1.50}})"));
    QVERIFY(result.token);
    QCOMPARE(decodedSegment(*result.token, 1),
             QByteArray(R"({"exp":1767300000,"uuid":"v","extra_values":{"a":1.50}})"));
}

void TestJwtSigner::appliesTheTimeToLive()
{
    JwtSignRequest shortLived = request(QStringLiteral("prod"));
    shortLived.ttlSeconds = 60;
    const JwtSignResult result = JwtSigner::sign(config(), shortLived);
    QVERIFY(result.token);
    QCOMPARE(decodedSegment(*result.token, 1),
             QByteArray(R"({"uuid":"visitor-42","exp":1767225660})"));
    // A test token may be made too short-lived on purpose: the verifier says so.
    QCOMPARE(JwtVerifier(config()).verify(*result.token, now).reason, JwtReason::ExpTooSoon);
}

void TestJwtSigner::signsRs256TokensWithTheMatchingPrivateKey_data()
{
    QTest::addColumn<QByteArray>("privateKey");

    const QByteArray pkcs8 = m_keys.rsaPrivateKey();
    QTest::newRow("PKCS#8") << pkcs8;
    QTest::newRow("PKCS#1") << m_keys.run({QStringLiteral("rsa"), QStringLiteral("-traditional")},
                                          pkcs8);
    QTest::newRow("CRLF line endings") << QByteArray(pkcs8).replace("\n", "\r\n");
}

void TestJwtSigner::signsRs256TokensWithTheMatchingPrivateKey()
{
    QFETCH(QByteArray, privateKey);

    JwtSignRequest rsa = request(QStringLiteral("rsa_2026"));
    rsa.privateKeyPem = privateKey;
    const JwtSignResult result = JwtSigner::sign(config(), rsa);
    QVERIFY2(result.token, result.error ? qPrintable(*result.error) : "");
    QCOMPARE(decodedSegment(*result.token, 0),
             QByteArray(R"({"typ":"JWT","alg":"RS256","kid":"rsa_2026"})"));

    const JwtVerdict verdict = JwtVerifier(config()).verify(*result.token, now);
    QVERIFY2(verdict.accepted, qPrintable(verdict.message));

    // The openssl command agrees that the signature is RSASSA-PKCS1-v1_5 with SHA-256.
    const qsizetype lastDot = result.token->lastIndexOf('.');
    QFile publicKey(m_keys.path(QStringLiteral("public.pem")));
    QVERIFY(publicKey.open(QIODevice::WriteOnly));
    publicKey.write(m_keys.rsaPublicKey());
    publicKey.close();
    QFile signature(m_keys.path(QStringLiteral("signature.bin")));
    QVERIFY(signature.open(QIODevice::WriteOnly));
    signature.write(decodedSegment(*result.token, 2));
    signature.close();
    const QByteArray output =
        m_keys.run({QStringLiteral("dgst"), QStringLiteral("-sha256"), QStringLiteral("-verify"),
                    publicKey.fileName(), QStringLiteral("-signature"), signature.fileName()},
                   result.token->left(lastDot));
    QVERIFY2(output.contains("Verified OK"), output.constData());
}

void TestJwtSigner::refusesUnusableRequests_data()
{
    QTest::addColumn<QString>("kid");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<qint64>("ttl");
    QTest::addColumn<QByteArray>("privateKey");
    QTest::addColumn<QString>("messagePart");

    const QByteArray payload = R"({"uuid":"visitor-42"})";
    const QByteArray privateKey = m_keys.rsaPrivateKey();
    const qint64 ttl = defaultJwtTtlSeconds;
    const QString rsa = QStringLiteral("rsa_2026");

    QTest::newRow("unknown kid") << QStringLiteral("staging") << payload << ttl << QByteArray()
                                 << "No configured JWT key";
    QTest::newRow("unknown kid quoted escaped")
        << QStringLiteral("\x1b[2K\rprod") << payload << ttl << QByteArray()
        << R"(No configured JWT key has the ID "\u001b[2K\u000dprod".)";
    QTest::newRow("shared kid") << QStringLiteral("twice") << payload << ttl << QByteArray()
                                << "unique";
    QTest::newRow("invalid secret")
        << QStringLiteral("capitals") << payload << ttl << QByteArray() << "capital letters";
    QTest::newRow("redacted secret")
        << QStringLiteral("redacted") << payload << ttl << QByteArray() << "no secret";
    QTest::newRow("payload not an object")
        << QStringLiteral("prod") << QByteArray("[1]") << ttl << QByteArray() << "JSON object";
    QTest::newRow("exp out of range")
        << QStringLiteral("prod") << payload << std::numeric_limits<qint64>::max() << QByteArray()
        << "out of range";
    QTest::newRow("RS256 without private key")
        << rsa << payload << ttl << QByteArray() << "private key";
    QTest::newRow("RS256 with the public key")
        << rsa << payload << ttl << m_keys.rsaPublicKey() << "no private key";
    QTest::newRow("RS256 with another key")
        << rsa << payload << ttl << otherPrivateKey() << "does not match";
    QTest::newRow("RS256 with an EC key")
        << rsa << payload << ttl << m_keys.ecPrivateKey() << "not an RSA key";
    QTest::newRow("RS256 with an encrypted key")
        << rsa << payload << ttl
        << m_keys.run({QStringLiteral("pkey"), QStringLiteral("-aes256"),
                       QStringLiteral("-passout"), QStringLiteral("pass:secret-passphrase")},
                      privateKey)
        << "passphrase";
    QTest::newRow("RS256 key of exponent 1")
        << QStringLiteral("exponent_one") << payload << ttl << privateKey
        << "The key \"exponent_one\" is not valid: This RSA public key cannot be used: its public "
           "exponent is 1";
    QTest::newRow("RS256 key of exponent 1 with a superfluous leading byte")
        << QStringLiteral("exponent_one_padded") << payload << ttl << privateKey
        << "The key \"exponent_one_padded\" is not valid: This RSA public key cannot be used: its "
           "DER encoding is not strict";
    QTest::newRow("RS256 with a damaged key")
        << rsa << payload << ttl << QByteArray(privateKey).replace("MII", "MIJ")
        << "cannot be read";
}

void TestJwtSigner::refusesUnusableRequests()
{
    QFETCH(QString, kid);
    QFETCH(QByteArray, payload);
    QFETCH(qint64, ttl);
    QFETCH(QByteArray, privateKey);
    QFETCH(QString, messagePart);

    JwtSignRequest refused = request(kid, payload);
    refused.ttlSeconds = ttl;
    refused.privateKeyPem = privateKey;
    const JwtSignResult result = JwtSigner::sign(config(), refused);
    QVERIFY(!result.token);
    QVERIFY(result.error);
    QVERIFY2(result.error->contains(messagePart, Qt::CaseInsensitive), qPrintable(*result.error));
    // No secret, no key material, no passphrase.
    QVERIFY(!result.error->contains(QString::fromLatin1(validSecret), Qt::CaseInsensitive));
    QVERIFY(!result.error->contains(QLatin1String("MII")));
    QVERIFY(!result.error->contains(QLatin1String("-----")));
    QVERIFY(!result.error->contains(QLatin1String("secret-passphrase")));
}

QTEST_GUILESS_MAIN(TestJwtSigner)
#include "test_jwt_signer.moc"
