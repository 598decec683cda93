// IntegrationKit and KitDocument (docs/engagectl.md kit): what the website team is handed for one
// key. The Python and Node.js snippets are run by tests/kit/check_kit_snippets.py; the other five
// languages are read here, for the header, algorithm, kid and exp they set.

#include "kit/integration_kit.h"
#include "kit/kit_document.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace engage;

namespace {

const QString secret = QStringLiteral("9aeaf06388b8ab6487d1605b");
const QString publicKey =
    QStringLiteral("-----BEGIN PUBLIC KEY-----\n"
                   "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAj0Prux3sReSXiyRRpFG0\n"
                   "Fy5dtsTRoJ5JW4PeEm4Xxg75kBNnePLDBE2ypALXADHCMVyDW1hM0C7lixcZr9Z/\n"
                   "cypbisAPJsTcoW8qkV0ZNi73XOGr089WkEBC1I9YlddstQgXzQdlTr81aNzQ4OGk\n"
                   "JkuKJzpC0OguWc3J4tMFUbrDWx5djhbuU7iQpmuFAwU9hhXpVZ3C8Wc8AsTng8OS\n"
                   "gIRU5vwgLNKsUazFahdQkeNJ82TvqdX2UQMcdNk9a1GI26amgcdtmG+jcjDpZFhw\n"
                   "YdRoDDfQNU5ECCHdBx7cS3FEYKNiPJlEbjRfJX/UZTh5RfKHt6IZz077hLZbFf2C\n"
                   "CQIDAQAB\n"
                   "-----END PUBLIC KEY-----\n");

CommunityConfig websiteConfig()
{
    CommunityConfig config;
    config.community = {QStringLiteral("5f0c0a1b2c3d4e5f60718293"), QStringLiteral("Website chat"),
                        QString()};
    config.signedIdentities = SignedIdentities::require;
    config.customFields = {{QStringLiteral("customer_id"), QStringLiteral("Customer id"),
                            QStringLiteral("string"), QStringLiteral("^C[0-9]{8}$")}};
    config.extraValuesMapping = {
        {QStringLiteral("cell_number"), QStringLiteral("mobile_phone")},
        {QStringLiteral("uuid"), QStringLiteral("custom_field:customer_id")}};
    config.jwtKeys = {{QStringLiteral("prod"), JwtAlgorithm::hs256, secret, std::nullopt},
                      {QStringLiteral("rsa_2026"), JwtAlgorithm::rs256, std::nullopt, publicKey}};
    return config;
}

IntegrationKit kitFor(const QString& keyId, bool includeSecret = false)
{
    const IntegrationKitResult result =
        IntegrationKit::build(websiteConfig(), keyId, includeSecret);
    if (!result.kit)
        qFatal("no kit for %s: %s", qPrintable(keyId),
               qPrintable(result.error.value_or(QString())));
    return *result.kit;
}

QString codeOf(const IntegrationKit& kit, const QString& language)
{
    for (const SigningCode& code : kit.signingCode) {
        if (code.language == language)
            return code.code;
    }
    return QString();
}

} // namespace

class TestIntegrationKit : public QObject
{
    Q_OBJECT

private slots:
    void sevenLanguagesInOrder();
    void readCodeSetsHeaderAlgorithmKidAndExp_data();
    void readCodeSetsHeaderAlgorithmKidAndExp();
    void codeNeverHoldsTheKey();
    void headerAndPayloadTemplateFromTheMapping();
    void unknownKeyIsAClearError();
    void keyWithErrorsGetsNoKit();
    void secretOnlyWhenAskedAndThenOwnerOnly();
    void redactedSecretCannotBeIncluded();
    void rs256KitNamesThePublicKeyNeverAPrivateOne();
    void htmlPageIsSelfContainedAndPrintable();
    void markdownShowsPlaceholdersLiterally();
    void textFromTheFileIsEscaped();
    void payloadTemplateStaysJsonWhateverTheFileSays();
};

void TestIntegrationKit::sevenLanguagesInOrder()
{
    QStringList languages;
    for (const SigningCode& code : kitFor(QStringLiteral("prod")).signingCode)
        languages.append(code.language);
    QCOMPARE(languages,
             (QStringList{QStringLiteral("Node.js"), QStringLiteral("Python"),
                          QStringLiteral("PHP"), QStringLiteral("Java"), QStringLiteral("C#"),
                          QStringLiteral("Go"), QStringLiteral("Ruby")}));
}

void TestIntegrationKit::readCodeSetsHeaderAlgorithmKidAndExp_data()
{
    // NOLINTBEGIN(bugprone-suspicious-missing-comma): expected lines written over two lines
    QTest::addColumn<QString>("keyId");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("expected");

    // HS256: PHP, Java and C# sign with the platform's HMAC, their JWT library refusing
    // Engage's 192-bit secrets; the header is then written member by member.
    QTest::newRow("PHP HS256") << "prod"
                               << "PHP"
                               << QStringList{"const ENGAGE_KEY_ID = 'prod';",
                                              "['typ' => 'JWT', 'alg' => 'HS256', 'kid' => "
                                              "ENGAGE_KEY_ID]",
                                              "'exp' => time() + TOKEN_LIFETIME_SECONDS",
                                              "const TOKEN_LIFETIME_SECONDS = 7200;",
                                              "hash_hmac('sha256', $signingInput, "
                                              "getenv('ENGAGE_JWT_SECRET'), true)"};
    QTest::newRow("PHP RS256") << "rsa_2026"
                               << "PHP"
                               << QStringList{"const ENGAGE_KEY_ID = 'rsa_2026';",
                                              "use Firebase\\JWT\\JWT;",
                                              "JWT::encode($payload, $privateKey, 'RS256', "
                                              "ENGAGE_KEY_ID)",
                                              "'exp' => time() + TOKEN_LIFETIME_SECONDS",
                                              "getenv('ENGAGE_JWT_PRIVATE_KEY_FILE')"};
    QTest::newRow("Java HS256") << "prod"
                                << "Java"
                                << QStringList{"KEY_ID = \"prod\";",
                                               "header.put(\"typ\", \"JWT\");",
                                               "header.put(\"alg\", \"HS256\");",
                                               "header.put(\"kid\", KEY_ID);",
                                               "payload.put(\"exp\", Instant.now()."
                                               "getEpochSecond() + TOKEN_LIFETIME_SECONDS);",
                                               "Mac.getInstance(\"HmacSHA256\")",
                                               "System.getenv(\"ENGAGE_JWT_SECRET\")"};
    QTest::newRow("Java RS256") << "rsa_2026"
                                << "Java"
                                << QStringList{"KEY_ID = \"rsa_2026\";",
                                               ".header().type(\"JWT\").keyId(KEY_ID).and()",
                                               ".signWith(privateKey(), Jwts.SIG.RS256)",
                                               ".expiration(Date.from(Instant.now().plusSeconds("
                                               "TOKEN_LIFETIME_SECONDS)))",
                                               "System.getenv(\"ENGAGE_JWT_PRIVATE_KEY_FILE\")"};
    QTest::newRow("C# HS256") << "prod"
                              << "C#"
                              << QStringList{"KeyId = \"prod\";",
                                             "[\"typ\"] = \"JWT\",",
                                             "[\"alg\"] = \"HS256\",",
                                             "[\"kid\"] = KeyId,",
                                             "[\"exp\"] = DateTimeOffset.UtcNow.AddSeconds("
                                             "TokenLifetimeSeconds).ToUnixTimeSeconds()",
                                             "HMACSHA256.HashData(secret,",
                                             "GetEnvironmentVariable(\"ENGAGE_JWT_SECRET\")"};
    // JwtHeader writes "typ": "JWT" and the key's KeyId as "kid".
    QTest::newRow("C# RS256") << "rsa_2026"
                              << "C#"
                              << QStringList{
                                     "KeyId = \"rsa_2026\";",
                                     "new RsaSecurityKey(rsa) { KeyId = KeyId }",
                                     "new JwtHeader(new SigningCredentials(SigningKey, "
                                     "SecurityAlgorithms.RsaSha256))",
                                     "payload[\"exp\"] = DateTimeOffset.UtcNow.AddSeconds("
                                     "TokenLifetimeSeconds).ToUnixTimeSeconds();",
                                     "GetEnvironmentVariable(\"ENGAGE_JWT_PRIVATE_KEY_FILE\")"};
    // golang-jwt writes "typ": "JWT" itself.
    QTest::newRow("Go HS256") << "prod"
                              << "Go"
                              << QStringList{
                                     "const engageKeyID = \"prod\"",
                                     "jwt.NewWithClaims(jwt.SigningMethodHS256, claims)",
                                     "token.Header[\"kid\"] = engageKeyID",
                                     "claims[\"exp\"] = time.Now().Add(tokenLifetime).Unix()",
                                     "const tokenLifetime = 7200 * time.Second",
                                     "os.Getenv(\"ENGAGE_JWT_SECRET\")"};
    QTest::newRow("Go RS256") << "rsa_2026"
                              << "Go"
                              << QStringList{
                                     "const engageKeyID = \"rsa_2026\"",
                                     "jwt.NewWithClaims(jwt.SigningMethodRS256, claims)",
                                     "token.Header[\"kid\"] = engageKeyID",
                                     "claims[\"exp\"] = time.Now().Add(tokenLifetime).Unix()",
                                     "jwt.ParseRSAPrivateKeyFromPEM(pem)",
                                     "os.Getenv(\"ENGAGE_JWT_PRIVATE_KEY_FILE\")"};
    QTest::newRow("Ruby HS256")
        << "prod"
        << "Ruby"
        << QStringList{"ENGAGE_KEY_ID = \"prod\"",
                       "JWT.encode(payload, ENV.fetch(\"ENGAGE_JWT_SECRET\"), "
                       "\"HS256\", { \"typ\" => \"JWT\", \"kid\" => ENGAGE_KEY_ID })",
                       "\"exp\" => Time.now.to_i + TOKEN_LIFETIME_SECONDS",
                       "TOKEN_LIFETIME_SECONDS = 7200"};
    QTest::newRow("Ruby RS256")
        << "rsa_2026"
        << "Ruby"
        << QStringList{
               "ENGAGE_KEY_ID = \"rsa_2026\"",
               "OpenSSL::PKey::RSA.new(File.read(ENV.fetch(\"ENGAGE_JWT_PRIVATE_KEY_FILE\")))"
               ", \"RS256\", { \"typ\" => \"JWT\", \"kid\" => ENGAGE_KEY_ID })",
               "\"exp\" => Time.now.to_i + TOKEN_LIFETIME_SECONDS"};
    // NOLINTEND(bugprone-suspicious-missing-comma)
}

void TestIntegrationKit::readCodeSetsHeaderAlgorithmKidAndExp()
{
    QFETCH(QString, keyId);
    QFETCH(QString, language);
    QFETCH(QStringList, expected);
    const QString code = codeOf(kitFor(keyId), language);
    for (const QString& text : expected)
        QVERIFY2(code.contains(text), qPrintable(QStringLiteral("missing: ") + text + "\n" + code));
    // The other algorithm appears nowhere.
    QVERIFY(!code.contains(keyId == QLatin1String("prod") ? QStringLiteral("RS256")
                                                          : QStringLiteral("HS256")));
}

void TestIntegrationKit::codeNeverHoldsTheKey()
{
    // Even with the secret in the kit, the code reads it from the environment.
    for (const SigningCode& code : kitFor(QStringLiteral("prod"), true).signingCode) {
        QVERIFY2(!code.code.contains(secret), qPrintable(code.language));
        QVERIFY2(code.code.contains(QStringLiteral("ENGAGE_JWT_SECRET")),
                 qPrintable(code.language));
    }
    for (const SigningCode& code : kitFor(QStringLiteral("rsa_2026")).signingCode)
        QVERIFY2(code.code.contains(QStringLiteral("ENGAGE_JWT_PRIVATE_KEY_FILE")),
                 qPrintable(code.language));
}

void TestIntegrationKit::headerAndPayloadTemplateFromTheMapping()
{
    const IntegrationKit kit = kitFor(QStringLiteral("prod"));
    QCOMPARE(
        kit.headerJson,
        QStringLiteral("{\n  \"typ\": \"JWT\",\n  \"alg\": \"HS256\",\n  \"kid\": \"prod\"\n}"));
    QCOMPARE(kit.payloadTemplate(),
             QStringLiteral("{\n"
                            "  \"uuid\": \"<the visitor's persistent ID in your system, matching "
                            "^C[0-9]{8}$>\",\n"
                            "  \"exp\": <Unix time of signing + 7200, in seconds, an integer>,\n"
                            "  \"screenname\": \"<optional: the name the agents see>\",\n"
                            "  \"avatar_url\": \"<optional: the address of the visitor's "
                            "picture>\",\n"
                            "  \"firstname\": \"<optional: the visitor's first name>\",\n"
                            "  \"lastname\": \"<optional: the visitor's last name>\",\n"
                            "  \"company\": \"<optional: the visitor's company>\",\n"
                            "  \"email\": \"<optional: the visitor's email address>\",\n"
                            "  \"extra_values\": {\n"
                            "    \"cell_number\": \"<the value for Mobile phone>\"\n"
                            "  }\n"
                            "}"));
    QCOMPARE(kit.payload.at(0).destination, QStringLiteral("Customer id (custom field)"));
    QCOMPARE(kit.payload.last().destination, QStringLiteral("Mobile phone"));

    const QString page = QString::fromUtf8(KitDocument::render(kit, KitFormat::Markdown));
    QVERIFY(page.contains(QStringLiteral("Engage rejects a token whose \"exp\" is less than 3600 "
                                         "seconds (one hour) ahead.")));
    QVERIFY(page.contains(QStringLiteral("plus 7200 seconds (two hours, recommended)")));
    QVERIFY(
        page.contains(QStringLiteral("Otherwise the chat tells the visitor to reload the page")));
    QVERIFY(page.contains(QStringLiteral("    var _chatq = _chatq || [];\n"
                                         "    _chatq.push([\"_setSignedIdentity\", "
                                         "\"THE_TOKEN_FROM_YOUR_SERVER\"]);")));
}

void TestIntegrationKit::unknownKeyIsAClearError()
{
    const IntegrationKitResult result =
        IntegrationKit::build(websiteConfig(), QStringLiteral("staging"), false);
    QVERIFY(!result.kit);
    QCOMPARE(*result.error, QStringLiteral("The configuration has no JWT key \"staging\"; choose "
                                           "one of its keys: prod, rsa_2026."));
}

void TestIntegrationKit::keyWithErrorsGetsNoKit()
{
    CommunityConfig config = websiteConfig();
    config.jwtKeys[0].secret = QStringLiteral("short");
    const IntegrationKitResult result =
        IntegrationKit::build(config, QStringLiteral("prod"), false);
    QVERIFY(!result.kit);
    QCOMPARE(*result.error, QStringLiteral("The configuration has errors; fix them before "
                                           "handing a kit to the website team."));
    // Another key's errors too: the kit would describe a configuration Engage refuses.
    QVERIFY(!IntegrationKit::build(config, QStringLiteral("rsa_2026"), false).kit);
}

void TestIntegrationKit::secretOnlyWhenAskedAndThenOwnerOnly()
{
    const IntegrationKit without = kitFor(QStringLiteral("prod"));
    for (const KitFormat format : {KitFormat::Html, KitFormat::Markdown}) {
        QVERIFY(!KitDocument::render(without, format).contains(secret.toUtf8()));
        QVERIFY(!KitDocument::fileContent(QStringLiteral("kit"), without, format).ownerOnly);
    }
    const IntegrationKit with = kitFor(QStringLiteral("prod"), true);
    const QByteArray markdown = KitDocument::render(with, KitFormat::Markdown);
    QVERIFY(markdown.contains("| Secret | " + secret.toUtf8() + " |"));
    // Said at the top, before the facts.
    const QList<QByteArray> lines = markdown.split('\n');
    QVERIFY(lines.at(2).startsWith("> **This kit holds the secret of key prod."));
    QVERIFY(KitDocument::fileContent(QStringLiteral("kit"), with, KitFormat::Html).ownerOnly);
}

void TestIntegrationKit::redactedSecretCannotBeIncluded()
{
    CommunityConfig config = websiteConfig().withSecretsRedacted();
    QVERIFY(IntegrationKit::build(config, QStringLiteral("prod"), false).kit);
    const IntegrationKitResult result = IntegrationKit::build(config, QStringLiteral("prod"), true);
    QVERIFY(!result.kit);
    QVERIFY(result.error->contains(QStringLiteral("is not in this file")));
}

void TestIntegrationKit::rs256KitNamesThePublicKeyNeverAPrivateOne()
{
    const IntegrationKit kit = kitFor(QStringLiteral("rsa_2026"), true);
    QVERIFY(!kit.secret);
    QVERIFY(kit.publicKeyFingerprint.startsWith(QStringLiteral("sha256:")));
    const QByteArray page = KitDocument::render(kit, KitFormat::Html);
    QVERIFY(page.contains(kit.publicKeyFingerprint.toUtf8()));
    QVERIFY(!page.contains("PRIVATE KEY-----"));
    QVERIFY(!KitDocument::fileContent(QStringLiteral("kit"), kit, KitFormat::Html).ownerOnly);
}

void TestIntegrationKit::htmlPageIsSelfContainedAndPrintable()
{
    const QString page =
        QString::fromUtf8(KitDocument::render(kitFor(QStringLiteral("prod")), KitFormat::Html));
    QVERIFY(page.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QVERIFY(page.contains(QStringLiteral("<meta charset=\"utf-8\">")));
    // No script, nothing loaded from elsewhere.
    QVERIFY(!page.contains(
        QRegularExpression(QStringLiteral("<script|\\ssrc=|\\shref=|@import|\\burl\\("),
                           QRegularExpression::CaseInsensitiveOption)));
    // Printed, code wraps rather than running off the page.
    QVERIFY(page.contains(QStringLiteral("@media print")));
    QVERIFY(page.contains(QStringLiteral("white-space:pre-wrap")));
    // The _setSignedIdentity call is shown as text, escaped.
    QVERIFY(page.contains(QStringLiteral("&lt;script&gt;\n    var _chatq = _chatq || [];")));
    QCOMPARE(page.count(QStringLiteral("<pre><code>")), 3 + 7);
}

void TestIntegrationKit::markdownShowsPlaceholdersLiterally()
{
    const QString page =
        QString::fromUtf8(KitDocument::render(kitFor(QStringLiteral("prod")), KitFormat::Markdown));
    QVERIFY(page.contains(QStringLiteral("Replace each \\<placeholder\\> with the value.")));
    for (const QString& fence :
         {QStringLiteral("javascript"), QStringLiteral("python"), QStringLiteral("php"),
          QStringLiteral("java"), QStringLiteral("csharp"), QStringLiteral("go"),
          QStringLiteral("ruby")})
        QCOMPARE(page.count(QStringLiteral("\n```") + fence + QLatin1Char('\n')), 1);
}

void TestIntegrationKit::textFromTheFileIsEscaped()
{
    CommunityConfig config = websiteConfig();
    config.community.name = QStringLiteral("Chat \x1b[2J<b>|");
    const IntegrationKitResult result =
        IntegrationKit::build(config, QStringLiteral("prod"), false);
    const QString html = QString::fromUtf8(KitDocument::render(*result.kit, KitFormat::Html));
    QVERIFY(html.contains(QStringLiteral("<td>Chat \\u001b[2J&lt;b&gt;|</td>")));
    const QString markdown =
        QString::fromUtf8(KitDocument::render(*result.kit, KitFormat::Markdown));
    QVERIFY(markdown.contains(QStringLiteral("| Community | Chat \\\\u001b\\[2J\\<b\\>\\| |")));
}

void TestIntegrationKit::payloadTemplateStaysJsonWhateverTheFileSays()
{
    // A regex with a backslash (the commonest way to write digits), and a label and a mapping
    // key with quotes and backslashes: the template is still JSON the website team can paste.
    CommunityConfig config = websiteConfig();
    config.customFields = {{QStringLiteral("customer_id"), QStringLiteral("Customer \"id\" \\"),
                            QStringLiteral("string"), QStringLiteral("^C\\d{8}$")}};
    config.extraValuesMapping.append(
        {QStringLiteral("a\"b\\c"), QStringLiteral("custom_field:customer_id")});
    const IntegrationKitResult result =
        IntegrationKit::build(config, QStringLiteral("prod"), false);
    QVERIFY2(result.kit, qPrintable(result.error.value_or(QString())));
    // exp's placeholder is the one value written bare; made a number, the rest must parse.
    QString text = result.kit->payloadTemplate();
    text.replace(QRegularExpression(QStringLiteral("<Unix time[^>]*>")), QStringLiteral("0"));
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError,
             qPrintable(error.errorString() + "\n" + text));
    const QJsonObject payload = document.object();
    QCOMPARE(payload.value(QStringLiteral("uuid")).toString(),
             QStringLiteral("<the visitor's persistent ID in your system, matching ^C\\d{8}$>"));
    QCOMPARE(payload.value(QStringLiteral("extra_values"))
                 .toObject()
                 .value(QStringLiteral("a\"b\\c"))
                 .toString(),
             QStringLiteral("<the value for Customer \"id\" \\ (custom field), matching "
                            "^C\\d{8}$>"));
    // The predefined attributes are at the top level, beside uuid, as the integration page
    // shows them.
    for (const char* name :
         {"screenname", "avatar_url", "firstname", "lastname", "company", "email"})
        QVERIFY2(payload.value(QLatin1String(name)).isString(), name);
}

QTEST_GUILESS_MAIN(TestIntegrationKit)
#include "test_integration_kit.moc"
