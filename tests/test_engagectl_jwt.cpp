// engagectl's signed-identity commands through QProcess (docs/jwt.md-5), and cross-implementation
// checks against Debian's python3-jwt (PyJWT) in both directions.

#include "support/hand_made_rsa.h"
#include "support/openssl_fixtures.h"
#include "support/process_run.h"
#include "support/process_streams.h"
#include "support/raw_controls.h"
#include "support/test_files.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <unistd.h>

namespace {

const QByteArray secret = "9aeaf06388b8ab6487d1605b";
constexpr qint64 now = 1800000000; // a fixed clock: every test passes --now
const QString nowText = QString::number(now);

QJsonObject parseObject(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    return error.error == QJsonParseError::NoError ? document.object() : QJsonObject();
}

QByteArray payload(qint64 exp, const QByteArray& uuid = "visitor-42")
{
    return R"({"uuid": ")" + uuid + R"(", "exp": )" + QByteArray::number(exp) +
           R"(, "extra_values": {"cell_number": "+33 6 12 34 56 78", "customer_id": "C12345678"}})";
}

// What a token for the key "weak" signs, for signatures forged without a private key.
const QByteArray forgedSigningInput =
    QByteArray(R"({"typ":"JWT","alg":"RS256","kid":"weak"})")
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) +
    '.' +
    payload(now + 7200).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);

// A token signed with the configuration's HS256 secret, made here so that its header and
// payload are exactly these bytes.
QByteArray hs256Token(const QByteArray& header, const QByteArray& body)
{
    const auto encoded = [](const QByteArray& bytes) {
        return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    const QByteArray signingInput = encoded(header) + '.' + encoded(body);
    return signingInput + '.' +
           encoded(
               QMessageAuthenticationCode::hash(signingInput, secret, QCryptographicHash::Sha256));
}

} // namespace

class TestEngagectlJwt : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void acceptsATokenPyJwtSignedWithHs256();
    void acceptsATokenPyJwtSignedWithRs256();
    void givesPyJwtTokensTheExpectedVerdicts_data();
    void givesPyJwtTokensTheExpectedVerdicts();
    void signedTokensVerifyInPyJwt_data();
    void signedTokensVerifyInPyJwt();
    void signJwtRefusesAPrivateKeyThatDoesNotMatch();
    void signJwtNeverPrintsTheSecret();
    void readsTheTokenFromStandardInput();
    void batchWritesOneVerdictPerLineInInputOrder();
    void batchGivesTheSameVerdictsWithOneOrSeveralThreads();
    void batchRefusesLinesLongerThanWhatItReadsAtOnce();
    void batchExitsZeroWhenEveryTokenIsAccepted();
    void batchReportsAnInputThatCannotBeRead();
    void inspectJwtDecodesWithoutVerifying();
    void checkIdentityFollowsTheMode();
    void verifyJwtPrintsEachHintUnderTheVerdict();
    void verifyJwtJsonListsTheHintsAfterTheMappedFields();
    void batchListsEachTokensHints();
    void checkIdentityGivesItsHints();
    void refusesAConfigurationThatCannotBeRead();
    void standardInputIsReadToItsEnd_data();
    void standardInputIsReadToItsEnd();
    void nonBlockingStandardInputIsReadToItsEnd_data();
    void nonBlockingStandardInputIsReadToItsEnd();
    void inspectJwtReadsStandardInput();
    void inspectJwtPrintsNothingForTooLargeInput();
    void unwritableStandardOutputExitsTwo_data();
    void unwritableStandardOutputExitsTwo();
    void batchOfOneTokenWithUnwritableOutputSaysWhyOnce();
    void batchToAReaderThatStopsEarlyExitsTwo();
    void standardInputIsReadOnlyOnce_data();
    void standardInputIsReadOnlyOnce();
    void verifyJwtEscapesAHostileKeyId();
    void verifyJwtEscapesMappedFieldsAndThePayload_data();
    void verifyJwtEscapesMappedFieldsAndThePayload();
    void checkIdentityEscapesMappedFields();
    void inspectJwtEscapesTokenText();
    void checkKeyAndValidateReportDegenerateRsaKeys_data();
    void checkKeyAndValidateReportDegenerateRsaKeys();
    void verifyJwtRefusesATokenForgedWithoutThePrivateKey_data();
    void verifyJwtRefusesATokenForgedWithoutThePrivateKey();

private:
    QString pyjwt(const QStringList& arguments);
    QString writeConfig(const QString& name, const QString& mode);
    QString writeRsaKeyConfig(const QString& name, const QByteArray& publicKey);
    QByteArray pyjwtToken(const QString& alg, const QByteArray& body,
                          const QString& kid = QStringLiteral("prod"),
                          const QByteArray& extraHeader = {});
    Run verifyBatch(const QByteArray& tokenLines);

    QTemporaryDir m_dir;
    OpensslFixtures m_keys;
    QString m_config;
    QString m_secretFile;
    QString m_privateKeyFile;
};

void TestEngagectlJwt::initTestCase()
{
    m_secretFile = m_dir.filePath(QStringLiteral("secret.txt"));
    writeAll(m_secretFile, secret);
    m_privateKeyFile = m_dir.filePath(QStringLiteral("private.pem"));
    writeAll(m_privateKeyFile, m_keys.rsaPrivateKey());
    m_config = writeConfig(QStringLiteral("require.json"), QStringLiteral("require"));
    const Run validated = engagectl({QStringLiteral("validate"), m_config});
    QVERIFY2(validated.exitCode == 0, validated.out.constData());
}

QString TestEngagectlJwt::writeConfig(const QString& name, const QString& mode)
{
    const QJsonObject config{
        {QStringLiteral("format"), QStringLiteral("engage-messaging-community")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("signed_identities"), mode},
        {QStringLiteral("custom_fields"),
         QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("customer_id")},
                                {QStringLiteral("label"), QStringLiteral("Customer id")},
                                {QStringLiteral("type"), QStringLiteral("string")},
                                {QStringLiteral("regex"), QStringLiteral("^.+$")}}}},
        {QStringLiteral("extra_values_mapping"),
         QJsonArray{
             QJsonObject{{QStringLiteral("key"), QStringLiteral("cell_number")},
                         {QStringLiteral("field"), QStringLiteral("mobile_phone")}},
             QJsonObject{{QStringLiteral("key"), QStringLiteral("uuid")},
                         {QStringLiteral("field"), QStringLiteral("custom_field:customer_id")}}}},
        {QStringLiteral("jwt_keys"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("prod")},
                                {QStringLiteral("algorithm"), QStringLiteral("HS256")},
                                {QStringLiteral("secret"), QString::fromLatin1(secret)}},
                    QJsonObject{{QStringLiteral("id"), QStringLiteral("rsa_2026")},
                                {QStringLiteral("algorithm"), QStringLiteral("RS256")},
                                {QStringLiteral("public_key"),
                                 QString::fromLatin1(m_keys.rsaPublicKey())}}}}};
    const QString path = m_dir.filePath(name);
    writeAll(path, QJsonDocument(config).toJson());
    return path;
}

// verify-jwt --batch on standard input, with the test's configuration and clock.
Run TestEngagectlJwt::verifyBatch(const QByteArray& tokenLines)
{
    return engagectl({QStringLiteral("verify-jwt"), QStringLiteral("--config"), m_config,
                      QStringLiteral("--now"), nowText, QStringLiteral("--batch"),
                      QStringLiteral("-")},
                     tokenLines);
}

QString TestEngagectlJwt::pyjwt(const QStringList& arguments)
{
    const Run result = runProgram(
        QStringLiteral("/usr/bin/python3"),
        QStringList{QStringLiteral(ENGAGE_TEST_SUPPORT_DIR "/pyjwt_peer.py")} + arguments);
    if (result.exitCode != 0)
        QTest::qFail(("pyjwt_peer.py failed: " + result.err).constData(), __FILE__, __LINE__);
    return QString::fromUtf8(result.out).trimmed();
}

QByteArray TestEngagectlJwt::pyjwtToken(const QString& alg, const QByteArray& body,
                                        const QString& kid, const QByteArray& extraHeader)
{
    const QString keyFile = alg == QLatin1String("HS256") ? m_secretFile : m_privateKeyFile;
    QStringList arguments{QStringLiteral("sign"), alg, keyFile, kid, QString::fromUtf8(body)};
    if (!extraHeader.isEmpty())
        arguments << QString::fromUtf8(extraHeader);
    return pyjwt(arguments).toUtf8();
}

void TestEngagectlJwt::acceptsATokenPyJwtSignedWithHs256()
{
    const QByteArray token = pyjwtToken(QStringLiteral("HS256"), payload(now + 7200));
    const Run result = engagectl({QStringLiteral("verify-jwt"), QStringLiteral("--config"),
                                  m_config, QStringLiteral("--now"), nowText,
                                  QStringLiteral("--json"), QString::fromLatin1(token)});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject verdict = parseObject(result.out);
    QCOMPARE(verdict.value(QStringLiteral("accepted")).toBool(), true);
    QVERIFY(verdict.value(QStringLiteral("reason")).isNull());
    QCOMPARE(verdict.value(QStringLiteral("kid")).toString(), QStringLiteral("prod"));
    QCOMPARE(verdict.value(QStringLiteral("alg")).toString(), QStringLiteral("HS256"));
    QCOMPARE(
        verdict.value(QStringLiteral("header")).toObject().value(QStringLiteral("typ")).toString(),
        QStringLiteral("JWT"));
    QCOMPARE(verdict.value(QStringLiteral("payload"))
                 .toObject()
                 .value(QStringLiteral("uuid"))
                 .toString(),
             QStringLiteral("visitor-42"));
    const QJsonObject mapped = verdict.value(QStringLiteral("mapped_fields")).toObject();
    QCOMPARE(mapped.value(QStringLiteral("mobile_phone")).toString(),
             QStringLiteral("+33 6 12 34 56 78"));
    QCOMPARE(mapped.value(QStringLiteral("custom_field:customer_id")).toString(),
             QStringLiteral("visitor-42"));
}

void TestEngagectlJwt::acceptsATokenPyJwtSignedWithRs256()
{
    const QByteArray token =
        pyjwtToken(QStringLiteral("RS256"), payload(now + 3600), QStringLiteral("rsa_2026"));
    const Run result =
        engagectl({QStringLiteral("verify-jwt"), QStringLiteral("--config"), m_config,
                   QStringLiteral("--now"), nowText, QString::fromLatin1(token)});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.startsWith("Accepted"), result.out.constData());
    QVERIFY2(result.out.contains("mobile_phone = +33 6 12 34 56 78"), result.out.constData());
}

void TestEngagectlJwt::givesPyJwtTokensTheExpectedVerdicts_data()
{
    QTest::addColumn<QString>("alg");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("kid");
    QTest::addColumn<QByteArray>("extraHeader");
    QTest::addColumn<QString>("reason");

    QTest::newRow("exp exactly one hour ahead")
        << "HS256" << payload(now + 3600) << "prod" << QByteArray() << "";
    QTest::newRow("exp one second short")
        << "HS256" << payload(now + 3599) << "prod" << QByteArray() << "exp_too_soon";
    QTest::newRow("no exp") << "HS256" << QByteArray(R"({"uuid": "v"})") << "prod" << QByteArray()
                            << "missing_exp";
    QTest::newRow("exp as a string")
        << "HS256" << QByteArray(R"({"uuid": "v", "exp": "1900000000"})") << "prod" << QByteArray()
        << "invalid_exp";
    QTest::newRow("empty uuid") << "HS256" << payload(now + 7200, "") << "prod" << QByteArray()
                                << "missing_uuid";
    QTest::newRow("unknown kid") << "HS256" << payload(now + 7200) << "staging" << QByteArray()
                                 << "unknown_kid";
    QTest::newRow("HS256 token for the RS256 key")
        << "HS256" << payload(now + 7200) << "rsa_2026" << QByteArray() << "alg_key_mismatch";
    QTest::newRow("RS256 token for the HS256 key")
        << "RS256" << payload(now + 7200) << "prod" << QByteArray() << "alg_key_mismatch";
    QTest::newRow("typ JWS") << "HS256" << payload(now + 7200) << "prod"
                             << QByteArray(R"({"typ": "JWS"})") << "invalid_typ";
    QTest::newRow("crit header") << "HS256" << payload(now + 7200) << "prod"
                                 << QByteArray(R"({"crit": ["exp"]})") << "malformed_token";
    QTest::newRow("jku is ignored")
        << "HS256" << payload(now + 7200) << "prod"
        << QByteArray(R"({"jku": "https://example.invalid/keys"})") << "";
}

void TestEngagectlJwt::givesPyJwtTokensTheExpectedVerdicts()
{
    QFETCH(QString, alg);
    QFETCH(QByteArray, body);
    QFETCH(QString, kid);
    QFETCH(QByteArray, extraHeader);
    QFETCH(QString, reason);
    const QByteArray token = pyjwtToken(alg, body, kid, extraHeader);
    const Run result = engagectl({QStringLiteral("verify-jwt"), QStringLiteral("--config"),
                                  m_config, QStringLiteral("--now"), nowText,
                                  QStringLiteral("--json"), QString::fromLatin1(token)});
    const QJsonObject verdict = parseObject(result.out);
    QCOMPARE(verdict.value(QStringLiteral("reason")).toString(), reason);
    QCOMPARE(result.exitCode, reason.isEmpty() ? 0 : 1);
    QCOMPARE(verdict.value(QStringLiteral("message")).toString().isEmpty(), reason.isEmpty());
}

void TestEngagectlJwt::signedTokensVerifyInPyJwt_data()
{
    QTest::addColumn<QString>("kid");
    QTest::addColumn<QString>("alg");
    QTest::newRow("HS256") << "prod"
                           << "HS256";
    QTest::newRow("RS256") << "rsa_2026"
                           << "RS256";
}

void TestEngagectlJwt::signedTokensVerifyInPyJwt()
{
    QFETCH(QString, kid);
    QFETCH(QString, alg);
    const QString payloadFile = m_dir.filePath(QStringLiteral("payload.json"));
    writeAll(payloadFile, R"({"uuid": "visitor-7", "extra_values": {"cell_number": "0612"}})");
    QStringList arguments{QStringLiteral("sign-jwt"),
                          QStringLiteral("--config"),
                          m_config,
                          QStringLiteral("--kid"),
                          kid,
                          QStringLiteral("--now"),
                          nowText,
                          payloadFile};
    if (alg == QLatin1String("RS256"))
        arguments << QStringLiteral("--private-key") << m_privateKeyFile;
    const Run signedToken = engagectl(arguments);
    QCOMPARE(signedToken.exitCode, 0);
    const QString token = QString::fromLatin1(signedToken.out.trimmed());

    const QString publicKeyFile = m_dir.filePath(QStringLiteral("public.pem"));
    writeAll(publicKeyFile, m_keys.rsaPublicKey());
    const QString keyFile = alg == QLatin1String("HS256") ? m_secretFile : publicKeyFile;
    // Default ttl: exp = now + 7200, so valid one second before and expired one second after.
    QCOMPARE(pyjwt({QStringLiteral("verify"), alg, keyFile, token, QString::number(now + 7199)}),
             QStringLiteral("ok"));
    QCOMPARE(pyjwt({QStringLiteral("verify"), alg, keyFile, token, QString::number(now + 7201)}),
             QStringLiteral("ExpiredSignatureError"));

    const Run verified =
        engagectl({QStringLiteral("verify-jwt"), QStringLiteral("--config"), m_config,
                   QStringLiteral("--now"), nowText, QStringLiteral("--json"), token});
    QCOMPARE(verified.exitCode, 0);
    const QJsonObject header = parseObject(verified.out).value(QStringLiteral("header")).toObject();
    QCOMPARE(header, (QJsonObject{{QStringLiteral("typ"), QStringLiteral("JWT")},
                                  {QStringLiteral("alg"), alg},
                                  {QStringLiteral("kid"), kid}}));
}

void TestEngagectlJwt::signJwtRefusesAPrivateKeyThatDoesNotMatch()
{
    const QString otherKey = m_dir.filePath(QStringLiteral("other-private.pem"));
    writeAll(otherKey, m_keys.run({QStringLiteral("genpkey"), QStringLiteral("-algorithm"),
                                   QStringLiteral("RSA"), QStringLiteral("-pkeyopt"),
                                   QStringLiteral("rsa_keygen_bits:2048")}));
    const QString payloadFile = m_dir.filePath(QStringLiteral("payload-mismatch.json"));
    writeAll(payloadFile, R"({"uuid": "v"})");
    const Run result = engagectl({QStringLiteral("sign-jwt"), QStringLiteral("--config"), m_config,
                                  QStringLiteral("--kid"), QStringLiteral("rsa_2026"),
                                  QStringLiteral("--private-key"), otherKey, payloadFile});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(!result.err.isEmpty() && !result.err.contains("PRIVATE KEY"), result.err.constData());
}

void TestEngagectlJwt::signJwtNeverPrintsTheSecret()
{
    const QString payloadFile = m_dir.filePath(QStringLiteral("payload-secret.json"));
    writeAll(payloadFile, R"({"uuid": "v"})");
    const Run result = engagectl({QStringLiteral("sign-jwt"), QStringLiteral("--config"), m_config,
                                  QStringLiteral("--kid"), QStringLiteral("prod"), payloadFile});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(!(result.out + result.err).contains(secret));
}

void TestEngagectlJwt::readsTheTokenFromStandardInput()
{
    const QByteArray token = pyjwtToken(QStringLiteral("HS256"), payload(now + 7200));
    const Run result = engagectl({QStringLiteral("verify-jwt"), QStringLiteral("--config"),
                                  m_config, QStringLiteral("--now"), nowText, QStringLiteral("-")},
                                 token + "\n");
    QCOMPARE(result.exitCode, 0);
}

void TestEngagectlJwt::batchWritesOneVerdictPerLineInInputOrder()
{
    const QByteArray good = pyjwtToken(QStringLiteral("HS256"), payload(now + 7200));
    const QByteArray soon = pyjwtToken(QStringLiteral("HS256"), payload(now + 60));
    QByteArray input;
    QStringList expected;
    for (int index = 0; index < 5000; ++index) {
        const int kind = index % 5;
        if (kind == 0) {
            input += good + "\n";
            expected << QString();
        } else if (kind == 1) {
            input += soon + "\r\n"; // Windows line ends are accepted
            expected << QStringLiteral("exp_too_soon");
        } else if (kind == 2) {
            input += "\n"; // an empty line is a token too, and a malformed one
            expected << QStringLiteral("malformed_token");
        } else if (kind == 3) {
            input += QByteArray(70 * 1024, 'a') + "\n"; // over 64 KiB
            expected << QStringLiteral("malformed_token");
        } else {
            input += good.left(good.size() - 3) + "\n"; // truncated signature
            expected << QStringLiteral("bad_signature");
        }
    }
    input += good; // the last line needs no line break
    expected << QString();

    const Run result = verifyBatch(input);
    QCOMPARE(result.exitCode, 1);
    const QList<QByteArray> lines = result.out.split('\n');
    QCOMPARE(lines.size(), expected.size() + 1); // the output ends with a line break
    for (qsizetype index = 0; index < expected.size(); ++index) {
        const QJsonObject verdict = parseObject(lines[index]);
        QVERIFY2(!verdict.isEmpty(), lines[index].constData());
        QCOMPARE(verdict.value(QStringLiteral("reason")).toString(), expected[index]);
    }
}

void TestEngagectlJwt::batchGivesTheSameVerdictsWithOneOrSeveralThreads()
{
    const QByteArray good = pyjwtToken(QStringLiteral("HS256"), payload(now + 7200));
    const QByteArray soon = pyjwtToken(QStringLiteral("HS256"), payload(now + 60));
    const QByteArray variants[] = {good, soon, good.left(200), "garbage"};
    QByteArray input;
    for (int index = 0; index < 30000; ++index)
        input += variants[index % 4] + "\n";
    const QString file = m_dir.filePath(QStringLiteral("tokens.txt"));
    writeAll(file, input);
    const QStringList common{QStringLiteral("verify-jwt"),
                             QStringLiteral("--config"),
                             m_config,
                             QStringLiteral("--now"),
                             nowText,
                             QStringLiteral("--batch"),
                             file,
                             QStringLiteral("--threads")};
    const Run one = engagectl(common + QStringList{QStringLiteral("1")});
    const Run four = engagectl(common + QStringList{QStringLiteral("4")});
    QCOMPARE(one.exitCode, 1);
    QCOMPARE(one.out.count('\n'), 30000);
    QCOMPARE(four.out, one.out);
}

// The batch reads a mebibyte at a time: lines that span several reads are still one token each,
// refused for their length, and what follows them is read as before. Only the start of such a
// line is kept: a '\r' just past 64 KiB must not make it look short enough once dropped.
void TestEngagectlJwt::batchRefusesLinesLongerThanWhatItReadsAtOnce()
{
    const QByteArray good = pyjwtToken(QStringLiteral("HS256"), payload(now + 7200));
    const QByteArray input = good + "\n" + QByteArray(2'500'000, 'a') + "\n" + good + "\r\n" +
                             QByteArray(1024 * 1024 + 1, 'b') + "\n" + good + "\n" +
                             QByteArray(64 * 1024, 'd') + "\r" + QByteArray(1'100'000, 'e') + "\n" +
                             QByteArray(3'000'000, 'c'); // the last, with no line break
    const Run result = verifyBatch(input);
    QCOMPARE(result.exitCode, 1);
    const QList<QByteArray> lines = result.out.split('\n');
    QCOMPARE(lines.size(), 8); // seven verdicts, each with its line break
    for (const int accepted : {0, 2, 4})
        QVERIFY2(parseObject(lines[accepted]).value(QStringLiteral("accepted")).toBool(),
                 lines[accepted].constData());
    for (const int tooLong : {1, 3, 5, 6}) {
        const QJsonObject verdict = parseObject(lines[tooLong]);
        QCOMPARE(verdict.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("malformed_token"));
        QVERIFY(verdict.value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("longer than 65536 bytes")));
    }
}

void TestEngagectlJwt::batchExitsZeroWhenEveryTokenIsAccepted()
{
    const QByteArray good = pyjwtToken(QStringLiteral("HS256"), payload(now + 7200));
    const Run result = verifyBatch(good + "\n" + good + "\n");
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.count('\n'), 2);
}

// Reading a process's own memory from its start fails with EIO on Linux: a read error after a
// successful open, as a failing disk would give.
void TestEngagectlJwt::batchReportsAnInputThatCannotBeRead()
{
    const Run result = engagectl({QStringLiteral("verify-jwt"), QStringLiteral("--config"),
                                  m_config, QStringLiteral("--now"), nowText,
                                  QStringLiteral("--batch"), QStringLiteral("/proc/self/mem")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("The tokens could not be read"), result.err.constData());
    QVERIFY2(result.out.isEmpty(), result.out.constData());
}

void TestEngagectlJwt::inspectJwtDecodesWithoutVerifying()
{
    const QByteArray token =
        pyjwtToken(QStringLiteral("HS256"), payload(now + 60), QStringLiteral("staging"));
    const Run result = engagectl({QStringLiteral("inspect-jwt"), QString::fromLatin1(token)});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.startsWith("UNVERIFIED"), result.out.constData());
    QVERIFY(result.out.contains("\"kid\": \"staging\""));
    QVERIFY(result.out.contains("\"uuid\": \"visitor-42\""));
    const Run json = engagectl(
        {QStringLiteral("inspect-jwt"), QStringLiteral("--json"), QString::fromLatin1(token)});
    QCOMPARE(parseObject(json.out).value(QStringLiteral("verified")).toBool(true), false);
    const Run malformed = engagectl({QStringLiteral("inspect-jwt"), QStringLiteral("not.a-token")});
    QCOMPARE(malformed.exitCode, 1);
    QVERIFY(!malformed.err.isEmpty());
}

void TestEngagectlJwt::checkIdentityFollowsTheMode()
{
    const QString identity = m_dir.filePath(QStringLiteral("identity.json"));
    writeAll(identity, R"({"uuid": "visitor-9", "extra_values": {"cell_number": "0700"}})");
    const Run refused = engagectl({QStringLiteral("check-identity"), QStringLiteral("--config"),
                                   m_config, QStringLiteral("--json"), identity});
    QCOMPARE(refused.exitCode, 1);
    QCOMPARE(parseObject(refused.out).value(QStringLiteral("reason")).toString(),
             QStringLiteral("signed_identity_required"));

    const QString accepting = writeConfig(QStringLiteral("accept.json"), QStringLiteral("accept"));
    const Run accepted = engagectl({QStringLiteral("check-identity"), QStringLiteral("--config"),
                                    accepting, QStringLiteral("--json"), identity});
    QCOMPARE(accepted.exitCode, 0);
    const QJsonObject mapped =
        parseObject(accepted.out).value(QStringLiteral("mapped_fields")).toObject();
    QCOMPARE(mapped.value(QStringLiteral("mobile_phone")).toString(), QStringLiteral("0700"));
}

void TestEngagectlJwt::verifyJwtPrintsEachHintUnderTheVerdict()
{
    const QByteArray token = pyjwtToken(QStringLiteral("HS256"), payload(now + 7200));
    const Run result = engagectl({QStringLiteral("verify-jwt"), QStringLiteral("--config"),
                                  m_config, QStringLiteral("--now"), nowText,
                                  QStringLiteral("Bearer ") + QString::fromLatin1(token)});
    QCOMPARE(result.exitCode, 1);
    const QList<QByteArray> lines = result.out.split('\n');
    QVERIFY2(lines.value(0).startsWith("Rejected (malformed_token): "), result.out.constData());
    QVERIFY2(lines.value(1).startsWith(
                 "hint: The token is wrapped in extra characters (a \"Bearer \" prefix)"),
             result.out.constData());
    QVERIFY(lines.value(1).contains("Once they are removed it is accepted"));
    QCOMPARE(result.out.count("hint: "), 1);

    const Run clean = engagectl({QStringLiteral("verify-jwt"), QStringLiteral("--config"), m_config,
                                 QStringLiteral("--now"), nowText, QString::fromLatin1(token)});
    QCOMPARE(clean.exitCode, 0);
    QVERIFY2(!clean.out.contains("hint:"), clean.out.constData());
}

void TestEngagectlJwt::verifyJwtJsonListsTheHintsAfterTheMappedFields()
{
    const QByteArray milliseconds = pyjwtToken(QStringLiteral("HS256"), payload(now * 1000));
    const Run result = engagectl({QStringLiteral("verify-jwt"), QStringLiteral("--config"),
                                  m_config, QStringLiteral("--now"), nowText,
                                  QStringLiteral("--json"), QString::fromLatin1(milliseconds)});
    QCOMPARE(result.exitCode, 0); // a hint never changes the verdict
    QVERIFY2(
        result.out.contains(R"(},"hints":[{"code":"exp_milliseconds","message":"The \"exp\" )"),
        result.out.constData());
    QVERIFY(result.out.endsWith("]}\n"));
    const QJsonArray hints = parseObject(result.out).value(QStringLiteral("hints")).toArray();
    QCOMPARE(hints.size(), 1);
    QVERIFY(hints[0]
                .toObject()
                .value(QStringLiteral("message"))
                .toString()
                .contains(QLatin1String("milliseconds")));

    const Run clean =
        engagectl({QStringLiteral("verify-jwt"), QStringLiteral("--config"), m_config,
                   QStringLiteral("--now"), nowText, QStringLiteral("--json"),
                   QString::fromLatin1(pyjwtToken(QStringLiteral("HS256"), payload(now + 7200)))});
    QCOMPARE(clean.exitCode, 0);
    QVERIFY2(clean.out.endsWith("},\"hints\":[]}\n"), clean.out.constData());
}

void TestEngagectlJwt::batchListsEachTokensHints()
{
    const QByteArray good = pyjwtToken(QStringLiteral("HS256"), payload(now + 7200));
    const QByteArray typo = pyjwtToken(QStringLiteral("HS256"),
                                       R"({"uuid":"v1","exp":)" + QByteArray::number(now + 7200) +
                                           R"(,"extra_values":{"cellnumber":"+33612345678"}})");
    const QByteArray soon = pyjwtToken(QStringLiteral("HS256"), payload(now + 60));
    QByteArray input;
    for (int index = 0; index < 300; ++index)
        input += good + '\n' + typo + '\n' + soon + "\n\"" + good + "\"\n";
    for (const QString& threads : {QStringLiteral("1"), QStringLiteral("2")}) {
        const Run result =
            engagectl({QStringLiteral("verify-jwt"), QStringLiteral("--config"), m_config,
                       QStringLiteral("--now"), nowText, QStringLiteral("--batch"),
                       QStringLiteral("-"), QStringLiteral("--threads"), threads},
                      input);
        QCOMPARE(result.exitCode, 1);
        const QList<QByteArray> lines = result.out.split('\n');
        QCOMPARE(lines.size(), 1201);
        const QList<QStringList> expected{{},
                                          {QStringLiteral("extra_value_near_miss")},
                                          {QStringLiteral("exp_lifetime_short")},
                                          {QStringLiteral("token_wrapped")}};
        for (int index = 0; index < 1200; ++index) {
            QStringList codes;
            const QJsonArray hints =
                parseObject(lines[index]).value(QStringLiteral("hints")).toArray();
            for (const auto& hint : hints)
                codes << hint.toObject().value(QStringLiteral("code")).toString();
            QCOMPARE(codes, expected[index % 4]);
        }
    }
}

void TestEngagectlJwt::checkIdentityGivesItsHints()
{
    const QString accepting = writeConfig(QStringLiteral("accept.json"), QStringLiteral("accept"));
    const QString identity = m_dir.filePath(QStringLiteral("numeric.json"));
    writeAll(identity, R"({"uuid": 42, "extra_values": {"cellNumber": "0700"}})");
    const Run text = engagectl(
        {QStringLiteral("check-identity"), QStringLiteral("--config"), accepting, identity});
    QCOMPARE(text.exitCode, 1);
    const QList<QByteArray> lines = text.out.split('\n');
    QVERIFY2(lines.value(0).startsWith("Rejected (missing_uuid): "), text.out.constData());
    QVERIFY2(lines.value(1).startsWith("hint: The \"uuid\" is the number 42; send it as a JSON "
                                       "string, \"42\""),
             text.out.constData());
    QVERIFY2(lines.value(2).startsWith("hint: The extra value \"cellNumber\" is mapped by no row"),
             text.out.constData());

    const Run json = engagectl({QStringLiteral("check-identity"), QStringLiteral("--config"),
                                accepting, QStringLiteral("--json"), identity});
    QCOMPARE(json.exitCode, 1);
    const QJsonArray hints = parseObject(json.out).value(QStringLiteral("hints")).toArray();
    QCOMPARE(hints.size(), 2);
    QCOMPARE(hints[0].toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("uuid_not_string"));
    QCOMPARE(hints[1].toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("extra_value_near_miss"));
}

// A configuration that is not JSON is invalid (exit 1), as validate says, not unreadable.
void TestEngagectlJwt::refusesAConfigurationThatCannotBeRead()
{
    const QString broken = m_dir.filePath(QStringLiteral("broken.json"));
    writeAll(broken, "{\"format\":");
    const Run result = engagectl({QStringLiteral("verify-jwt"), QStringLiteral("--config"), broken,
                                  QStringLiteral("x.y.z")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(broken.toUtf8()), result.err.constData());
}

// Each command that reads "-" gets its input in two parts half a second apart, as a slow pipe
// delivers it.
void TestEngagectlJwt::standardInputIsReadToItsEnd_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected"); // in standard output

    const QByteArray token = pyjwtToken(QStringLiteral("HS256"), payload(now + 7200));
    QTest::newRow("verify-jwt -") << QStringList{QStringLiteral("verify-jwt"),
                                                 QStringLiteral("--config"),
                                                 m_config,
                                                 QStringLiteral("--now"),
                                                 nowText,
                                                 QStringLiteral("--json"),
                                                 QStringLiteral("-")}
                                  << token + "\n"
                                  << QByteArray(R"("accepted":true)");
    QTest::newRow("verify-jwt --batch -") << QStringList{QStringLiteral("verify-jwt"),
                                                         QStringLiteral("--config"),
                                                         m_config,
                                                         QStringLiteral("--now"),
                                                         nowText,
                                                         QStringLiteral("--batch"),
                                                         QStringLiteral("-")}
                                          << token + "\n"
                                          << QByteArray(R"("accepted":true)");
    QTest::newRow("check-identity -")
        << QStringList{QStringLiteral("check-identity"), QStringLiteral("--config"),
                       writeConfig(QStringLiteral("accept-stdin.json"), QStringLiteral("accept")),
                       QStringLiteral("--json"), QStringLiteral("-")}
        << QByteArray(R"({"uuid": "visitor-9", "extra_values": {"cell_number": "0700"}})")
        << QByteArray(R"("mobile_phone":"0700")");
    QTest::newRow("sign-jwt -") << QStringList{QStringLiteral("sign-jwt"),
                                               QStringLiteral("--config"),
                                               m_config,
                                               QStringLiteral("--kid"),
                                               QStringLiteral("prod"),
                                               QStringLiteral("--now"),
                                               nowText,
                                               QStringLiteral("-")}
                                << payload(now + 7200) << QByteArray("eyJ");
    QTest::newRow("inspect-jwt -")
        << QStringList{QStringLiteral("inspect-jwt"), QStringLiteral("-")} << token + "\n"
        << QByteArray(R"("uuid": "visitor-42")");
}

void TestEngagectlJwt::standardInputIsReadToItsEnd()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    const Run result = engagectlWithSlowInput(arguments, splitInto(input, 2), 500);
    QVERIFY2(result.exitCode == 0, (result.out + result.err).constData());
    QVERIFY2(result.out.contains(expected), result.out.constData());
}

void TestEngagectlJwt::nonBlockingStandardInputIsReadToItsEnd_data()
{
    standardInputIsReadToItsEnd_data();
}

// A read of a non-blocking pipe that is empty for now fails with EAGAIN: "-" and --batch -
// wait instead.
void TestEngagectlJwt::nonBlockingStandardInputIsReadToItsEnd()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    const Run result =
        engagectlWithSlowInput(arguments, splitInto(input, 2), 500, InputPipe::NonBlocking);
    QVERIFY2(result.exitCode == 0, (result.out + result.err).constData());
    QVERIFY2(result.out.contains(expected), result.out.constData());
}

void TestEngagectlJwt::inspectJwtReadsStandardInput()
{
    const QByteArray token =
        pyjwtToken(QStringLiteral("HS256"), payload(now + 60), QStringLiteral("staging"));
    const Run result =
        engagectl({QStringLiteral("inspect-jwt"), QStringLiteral("--json"), QStringLiteral("-")},
                  token + "\n");
    QCOMPARE(result.exitCode, 0);
    const QJsonObject inspected = parseObject(result.out);
    QCOMPARE(inspected.value(QStringLiteral("header"))
                 .toObject()
                 .value(QStringLiteral("kid"))
                 .toString(),
             QStringLiteral("staging"));
    QCOMPARE(inspected.value(QStringLiteral("verified")).toBool(true), false);
}

void TestEngagectlJwt::inspectJwtPrintsNothingForTooLargeInput()
{
    const Run result = engagectl({QStringLiteral("inspect-jwt"), QStringLiteral("-")},
                                 QByteArray(100 * 1024, 'a'));
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.out.isEmpty(), result.out.constData());
    QVERIFY2(result.err.contains("The token is longer than 65536 bytes"), result.err.constData());
}

void TestEngagectlJwt::unwritableStandardOutputExitsTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString payloadFile = m_dir.filePath(QStringLiteral("payload-full.json"));
    writeAll(payloadFile, payload(now + 7200));
    const QByteArray token = pyjwtToken(QStringLiteral("HS256"), payload(now + 7200));
    QTest::newRow("sign-jwt") << QStringList{
        QStringLiteral("sign-jwt"), QStringLiteral("--config"), m_config, QStringLiteral("--kid"),
        QStringLiteral("prod"),     QStringLiteral("--now"),    nowText,  payloadFile};
    QTest::newRow("verify-jwt") << QStringList{QStringLiteral("verify-jwt"),
                                               QStringLiteral("--config"),
                                               m_config,
                                               QStringLiteral("--now"),
                                               nowText,
                                               QString::fromLatin1(token)};
    QTest::newRow("inspect-jwt") << QStringList{QStringLiteral("inspect-jwt"),
                                                QString::fromLatin1(token)};
}

void TestEngagectlJwt::unwritableStandardOutputExitsTwo()
{
    QFETCH(QStringList, arguments);
    verifyLostOutputIsExitTwo(arguments);
}

// One verdict is smaller than the C library's buffer of standard output: the failed write only
// shows when that buffer is flushed, and must still be reported once, with its reason.
void TestEngagectlJwt::batchOfOneTokenWithUnwritableOutputSaysWhyOnce()
{
    const QString tokens = m_dir.filePath(QStringLiteral("one-token.txt"));
    writeAll(tokens, pyjwtToken(QStringLiteral("HS256"), payload(now + 7200)) + "\n");
    const Run result = engagectlWithFullOutput(
        {QStringLiteral("verify-jwt"), QStringLiteral("--config"), m_config,
         QStringLiteral("--now"), nowText, QStringLiteral("--batch"), tokens});
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.err, QByteArray("engagectl verify-jwt: The verdicts could not be written: No "
                                    "space left on device.\n"));
}

// `| head -c1`: the reader takes one byte and closes the pipe. The next write fails (EPIPE),
// which is said once, exit 2, rather than the process being killed by SIGPIPE.
void TestEngagectlJwt::batchToAReaderThatStopsEarlyExitsTwo()
{
    const QString tokens = m_dir.filePath(QStringLiteral("many-tokens.txt"));
    // About 4 MB of verdicts, far more than a pipe holds.
    writeAll(tokens, QByteArray("not-a-token\n").repeated(20000));
    // A pipe of the test's own: QProcess would keep reading its own one after
    // closeReadChannel(), so the output would never fail.
    int ends[2] = {-1, -1};
    QCOMPARE(::pipe2(ends, O_CLOEXEC), 0);
    const int writeEnd = ends[1];
    QProcess process;
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setChildProcessModifier([writeEnd] { ::dup2(writeEnd, STDOUT_FILENO); });
    process.start(QStringLiteral(ENGAGECTL_PATH),
                  {QStringLiteral("verify-jwt"), QStringLiteral("--config"), m_config,
                   QStringLiteral("--now"), nowText, QStringLiteral("--batch"), tokens});
    ::close(writeEnd);
    char byte = 0;
    const bool started = process.waitForStarted() && ::read(ends[0], &byte, 1) == 1;
    ::close(ends[0]);
    QVERIFY(started);
    QVERIFY(process.waitForFinished(120000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    QCOMPARE(process.readAllStandardError(),
             QByteArray("engagectl verify-jwt: The verdicts could not be written: Broken pipe.\n"));
}

void TestEngagectlJwt::standardInputIsReadOnlyOnce_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString dash = QStringLiteral("-");
    const QString config = QStringLiteral("--config");
    QTest::newRow("verify-jwt --config - --batch -")
        << QStringList{QStringLiteral("verify-jwt"), config, dash, QStringLiteral("--batch"), dash};
    QTest::newRow("verify-jwt --config - -")
        << QStringList{QStringLiteral("verify-jwt"), config, dash, dash};
    QTest::newRow("check-identity --config - -")
        << QStringList{QStringLiteral("check-identity"), config, dash, dash};
    QTest::newRow("sign-jwt --config - -")
        << QStringList{QStringLiteral("sign-jwt"), config, dash, QStringLiteral("--kid"),
                       QStringLiteral("prod"),     dash};
    QTest::newRow("sign-jwt --private-key - -") << QStringList{QStringLiteral("sign-jwt"),
                                                               config,
                                                               m_config,
                                                               QStringLiteral("--kid"),
                                                               QStringLiteral("prod"),
                                                               QStringLiteral("--private-key"),
                                                               dash,
                                                               dash};
}

// The second reader of standard input would find it at its end and take nothing for an input.
void TestEngagectlJwt::standardInputIsReadOnlyOnce()
{
    QFETCH(QStringList, arguments);
    const Run result = engagectl(arguments, readAll(m_config));
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.startsWith("engagectl " + arguments.constFirst().toUtf8() +
                                   ": standard input (\"-\") can be read only once.\n"),
             result.err.constData());
    QVERIFY2(result.out.isEmpty(), result.out.constData());
}

// ESC [1A, ESC [2K, CR: up a line, erase it, back to its start. Printed raw, the line that
// says the token was rejected would vanish from the screen.
void TestEngagectlJwt::verifyJwtEscapesAHostileKeyId()
{
    const QByteArray token = hs256Token(
        R"({"typ":"JWT","alg":"HS256","kid":"\u001b[1A\u001b[2K\r"})", payload(now + 7200));
    const QStringList arguments{QStringLiteral("verify-jwt"),
                                QStringLiteral("--config"),
                                m_config,
                                QStringLiteral("--now"),
                                nowText,
                                QString::fromLatin1(token)};

    const Run text = engagectl(arguments);
    QCOMPARE(text.exitCode, 1);
    QVERIFY2(text.out.startsWith("Rejected (unknown_kid): No configured JWT key has the ID "
                                 "\"\\u001b[1A\\u001b[2K\\u000d\""),
             text.out.constData());
    QVERIFY2(text.out.contains("\n  Key ID: \\u001b[1A\\u001b[2K\\u000d\n"), text.out.constData());
    QCOMPARE(rawControlsIn(text.out + text.err), QString());

    // In JSON the escapes are JSON's: a program reading it gets the kid as it was.
    const Run json = engagectl(arguments + QStringList{QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 1);
    QCOMPARE(parseObject(json.out).value(QStringLiteral("kid")).toString(),
             QStringLiteral("\x1b[1A\x1b[2K\r"));
    QCOMPARE(rawControlsIn(json.out + json.err), QString());
}

void TestEngagectlJwt::verifyJwtEscapesMappedFieldsAndThePayload_data()
{
    QTest::addColumn<QByteArray>("value");       // as written in the payload's JSON
    QTest::addColumn<QByteArray>("shown");       // on the mapped field's line
    QTest::addColumn<QByteArray>("shownInJson"); // on the payload's line, in JSON's escapes

    QTest::newRow("JSON escapes of C0 controls")
        << QByteArray(R"(\u001b]0;owned\u0007\u001b[2K\rAll clear)")
        << QByteArray(R"(\u001b]0;owned\u0007\u001b[2K\u000dAll clear)")
        << QByteArray(R"(\u001b]0;owned\u0007\u001b[2K\rAll clear)");
    // No escape at all, so the token's own compact text could be printed as it came.
    QTest::newRow("raw DEL, C1 CSI and right-to-left override")
        << QByteArray("\x7f\xc2\x9b"
                      "2K\xe2\x80\xae"
                      "elif")
        << QByteArray(R"(\u007f\u009b2K\u202eelif)") << QByteArray(R"(\u007f\u009b2K\u202eelif)");
}

void TestEngagectlJwt::verifyJwtEscapesMappedFieldsAndThePayload()
{
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, shown);
    QFETCH(QByteArray, shownInJson);

    const QByteArray body = R"({"uuid":"visitor-42","exp":)" + QByteArray::number(now + 7200) +
                            R"(,"extra_values":{"cell_number":")" + value + R"("}})";
    const QByteArray token = hs256Token(R"({"typ":"JWT","alg":"HS256","kid":"prod"})", body);
    const Run result =
        engagectl({QStringLiteral("verify-jwt"), QStringLiteral("--config"), m_config,
                   QStringLiteral("--now"), nowText, QString::fromLatin1(token)});

    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains("\n    mobile_phone = " + shown + '\n'), result.out.constData());
    QVERIFY2(result.out.contains("\"cell_number\":\"" + shownInJson + '"'), result.out.constData());
    QCOMPARE(rawControlsIn(result.out + result.err), QString());

    const Run json = engagectl({QStringLiteral("verify-jwt"), QStringLiteral("--json"),
                                QStringLiteral("--config"), m_config, QStringLiteral("--now"),
                                nowText, QString::fromLatin1(token)});
    QCOMPARE(json.exitCode, 0);
    QVERIFY2(json.out.contains("\"cell_number\":\"" + shownInJson + '"'), json.out.constData());
    QCOMPARE(rawControlsIn(json.out + json.err), QString());
}

void TestEngagectlJwt::checkIdentityEscapesMappedFields()
{
    const QString identity = m_dir.filePath(QStringLiteral("hostile-identity.json"));
    writeAll(identity, "{\"uuid\": \"visitor-9\", \"extra_values\": {\"cell_number\": "
                       "\"\\u001b[1A\\u001b[2K\\rAll clear\xe2\x80\xae\"}}");
    const QString accepting = writeConfig(QStringLiteral("accept.json"), QStringLiteral("accept"));
    const Run result = engagectl(
        {QStringLiteral("check-identity"), QStringLiteral("--config"), accepting, identity});

    QCOMPARE(result.exitCode, 0);
    QVERIFY2(
        result.out.contains("\n    mobile_phone = \\u001b[1A\\u001b[2K\\u000dAll clear\\u202e\n"),
        result.out.constData());
    QCOMPARE(rawControlsIn(result.out + result.err), QString());
}

void TestEngagectlJwt::inspectJwtEscapesTokenText()
{
    const QByteArray token = hs256Token("{\"typ\":\"JWT\",\"alg\":\"HS256\",\"kid\":\"a\xe2\x80\xae"
                                        "b\\r\"}",
                                        payload(now + 7200, "\\u001b[2Kvisitor"));
    const Run result = engagectl({QStringLiteral("inspect-jwt"), QString::fromLatin1(token)});

    QCOMPARE(result.exitCode, 0);
    const QByteArray kid = R"("kid": "a\u202eb\r")";
    const QByteArray uuid = R"("uuid": "\u001b[2Kvisitor")";
    QVERIFY2(result.out.contains(kid), result.out.constData());
    QVERIFY2(result.out.contains(uuid), result.out.constData());
    QCOMPARE(rawControlsIn(result.out + result.err), QString());
}

// require mode with one RS256 key, "weak", of this public key.
QString TestEngagectlJwt::writeRsaKeyConfig(const QString& name, const QByteArray& publicKey)
{
    const QJsonObject config{
        {QStringLiteral("format"), QStringLiteral("engage-messaging-community")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("signed_identities"), QStringLiteral("require")},
        {QStringLiteral("jwt_keys"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("weak")},
                                {QStringLiteral("algorithm"), QStringLiteral("RS256")},
                                {QStringLiteral("public_key"), QString::fromLatin1(publicKey)}}}}};
    const QString path = m_dir.filePath(name);
    writeAll(path, QJsonDocument(config).toJson());
    return path;
}

void TestEngagectlJwt::checkKeyAndValidateReportDegenerateRsaKeys_data()
{
    QTest::addColumn<QByteArray>("pem");
    QTest::addColumn<QString>("problem");
    for (const DegenerateRsaKey& key : degenerateRsaKeys())
        QTest::newRow(key.name) << key.pem << key.problem;
}

void TestEngagectlJwt::checkKeyAndValidateReportDegenerateRsaKeys()
{
    QFETCH(QByteArray, pem);
    QFETCH(QString, problem);
    const QString message = QStringLiteral("This RSA public key cannot be used: %1.").arg(problem);

    const QString keyFile = m_dir.filePath(QStringLiteral("degenerate.pem"));
    writeAll(keyFile, pem);
    const Run checked = engagectl({QStringLiteral("check-key"), QStringLiteral("--algorithm"),
                                   QStringLiteral("RS256"), QStringLiteral("--json"), keyFile});
    QCOMPARE(checked.exitCode, 1);
    const QJsonObject report = parseObject(checked.out);
    QCOMPARE(report.value(QStringLiteral("valid")).toBool(true), false);
    const QJsonArray keyDiagnostics = report.value(QStringLiteral("diagnostics")).toArray();
    QCOMPARE(keyDiagnostics.size(), 1);
    QCOMPARE(keyDiagnostics.at(0).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("rsa_key_unusable"));
    QCOMPARE(keyDiagnostics.at(0).toObject().value(QStringLiteral("message")).toString(), message);

    const Run validated = engagectl({QStringLiteral("validate"), QStringLiteral("--json"),
                                     writeRsaKeyConfig(QStringLiteral("degenerate.json"), pem)});
    QCOMPARE(validated.exitCode, 1);
    const QJsonArray fileDiagnostics = parseObject(validated.out)
                                           .value(QStringLiteral("files"))
                                           .toArray()
                                           .at(0)
                                           .toObject()
                                           .value(QStringLiteral("diagnostics"))
                                           .toArray();
    QCOMPARE(fileDiagnostics.size(), 1);
    const QJsonObject diagnostic = fileDiagnostics.at(0).toObject();
    QCOMPARE(diagnostic.value(QStringLiteral("code")).toString(),
             QStringLiteral("rsa_key_unusable"));
    QCOMPARE(diagnostic.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
    QCOMPARE(diagnostic.value(QStringLiteral("path")).toString(),
             QStringLiteral("/jwt_keys/0/public_key"));
    QCOMPARE(diagnostic.value(QStringLiteral("message")).toString(), message);
}

void TestEngagectlJwt::verifyJwtRefusesATokenForgedWithoutThePrivateKey_data()
{
    QTest::addColumn<QByteArray>("publicKey");
    QTest::addColumn<QByteArray>("forged");

    // With e = 1, the PKCS#1 v1.5 padded digest of header.payload is its own signature.
    const QByteArray paddedDigest = forgedRs256Signature(forgedSigningInput, 2048);
    const QByteArray exponentOne = derInteger("\x01");
    const QByteArray exponentOneWithALeadingZero = derInteger(QByteArray("\x00\x01", 2));
    QTest::newRow("exponent 1") << handMadeRsaPublicKey(oddModulus(2048), exponentOne)
                                << paddedDigest;
    QTest::newRow("exponent 1 with a superfluous leading byte")
        << handMadeRsaPublicKey(oddModulus(2048), exponentOneWithALeadingZero) << paddedDigest;
    QTest::newRow("exponent 1 with a superfluous leading byte, PKCS#1")
        << handMadeRsaPublicKey(oddModulus(2048), exponentOneWithALeadingZero, true)
        << paddedDigest;
    // With n = p prime, anyone computes the private exponent e^-1 mod (p - 1).
    QTest::newRow("prime modulus") << handMadeRsaPublicKey(primeModulus(), exponent65537())
                                   << forgedRs256SignatureForPrimeModulus(forgedSigningInput);
}

// Tokens signed without any private key, for keys no honest signer makes, are refused alone
// and in a batch.
void TestEngagectlJwt::verifyJwtRefusesATokenForgedWithoutThePrivateKey()
{
    QFETCH(QByteArray, publicKey);
    QFETCH(QByteArray, forged);
    const QString config = writeRsaKeyConfig(QStringLiteral("forgeable.json"), publicKey);
    const QByteArray token =
        forgedSigningInput + '.' +
        forged.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);

    const Run single = engagectl({QStringLiteral("verify-jwt"), QStringLiteral("--config"), config,
                                  QStringLiteral("--now"), nowText, QStringLiteral("--json"),
                                  QString::fromLatin1(token)});
    QCOMPARE(single.exitCode, 1);
    const QJsonObject verdict = parseObject(single.out);
    QCOMPARE(verdict.value(QStringLiteral("accepted")).toBool(true), false);
    QCOMPARE(verdict.value(QStringLiteral("reason")).toString(), QStringLiteral("bad_signature"));
    QVERIFY2(verdict.value(QStringLiteral("message"))
                 .toString()
                 .startsWith(QStringLiteral("The key \"weak\" is unusable")),
             single.out.constData());

    const Run batch = engagectl({QStringLiteral("verify-jwt"), QStringLiteral("--config"), config,
                                 QStringLiteral("--now"), nowText, QStringLiteral("--batch"),
                                 QStringLiteral("-")},
                                token + '\n' + token + '\n');
    QCOMPARE(batch.exitCode, 1);
    const QList<QByteArray> lines = batch.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    for (const QByteArray& line : lines) {
        QCOMPARE(parseObject(line).value(QStringLiteral("reason")).toString(),
                 QStringLiteral("bad_signature"));
    }
}

QTEST_GUILESS_MAIN(TestEngagectlJwt)
#include "test_engagectl_jwt.moc"
