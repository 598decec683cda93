// The hints of docs/jwt.md: for each code, a token that triggers it and one close to it that must
// not, each with the verdict the checks give, which a hint never changes. The triggering tokens
// are made outside the verifier: by PyJWT (Debian's python3-jwt) for the commonest mistake, a
// secret hex-decoded; by Qt's own HMAC for the other HS256 ones; by the openssl command for
// RS256.

#include "config/community_config.h"
#include "json/json_parser.h"
#include "jwt/jwt_verifier.h"
#include "support/hs256_tokens.h"
#include "support/openssl_fixtures.h"
#include "support/process_run.h"

#include <QFile>
#include <QTest>

using namespace engage;

namespace {

const qint64 now = 1767225600; // 2026-01-01T00:00:00Z
const QByteArray validSecret = "9aeaf06388b8ab6487d1605b";
const QByteArray otherSecret = "0123456789abcdef01234567";
const QByteArray strangerSecret = "fedcba9876543210fedcba98"; // configured nowhere

QByteArray hsToken(const QByteArray& header, const QByteArray& payload,
                   const QByteArray& key = validSecret)
{
    return hs256SignedToken(header, payload, key);
}

QByteArray header(const QByteArray& kid = "prod", const QByteArray& alg = "HS256")
{
    return R"({"typ":"JWT","alg":")" + alg + R"(","kid":")" + kid + R"("})";
}

// A payload that passes every check and triggers no hint; `members` are added at its end.
QByteArray payload(const QByteArray& members = {}, const QByteArray& uuid = R"("C12345678")")
{
    return R"({"uuid":)" + uuid + R"(,"exp":)" + QByteArray::number(now + 7200) +
           R"(,"extra_values":{"cell_number":"+33612345678"})" + members + "}";
}

const QByteArray goodToken = hsToken(header(), payload());

// uuid mapped to a custom field with the regex the console advises, as the issue tells it.
CommunityConfig hintConfig()
{
    CommunityConfig config;
    config.signedIdentities = SignedIdentities::require;
    config.customFields = {CustomField{QStringLiteral("customer_id"), QStringLiteral("Customer id"),
                                       QStringLiteral("string"), QStringLiteral("^C[0-9]{8}$")}};
    config.extraValuesMapping = {
        {QStringLiteral("cell_number"), QStringLiteral("mobile_phone")},
        {QStringLiteral("uuid"), QStringLiteral("custom_field:customer_id")},
        {QStringLiteral("email"), QStringLiteral("email")},
        {QStringLiteral("tier"), QStringLiteral("notes")},
        {QStringLiteral("id"), QStringLiteral("company")}};
    config.jwtKeys = {JwtKey{QStringLiteral("prod"), JwtAlgorithm::hs256,
                             QString::fromLatin1(validSecret), std::nullopt},
                      JwtKey{QStringLiteral("staging"), JwtAlgorithm::hs256,
                             QString::fromLatin1(otherSecret), std::nullopt}};
    return config;
}

QStringList hintCodes(const JwtHints& hints)
{
    QStringList codes;
    for (const JwtHint& hint : hints)
        codes << jwtHintName(hint.code);
    return codes;
}

QString reasonText(const std::optional<JwtReason>& reason)
{
    return reason ? jwtReasonName(*reason) : QStringLiteral("accepted");
}

} // namespace

class TestJwtHints : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void givesEachHintWhereItApplies_data();
    void givesEachHintWhereItApplies();
    void findsTheHexDecodedSecretOfAPyJwtToken();
    void namesTheRsaKeyThatSignedTheToken();
    void givesHintsInSpecOrder();
    void saysWhatTheUnwrappedTokenWouldGet();
    void saysHowLongTheTokenLived();
    void neverQuotesASecretOrTheToken();
    void ignoresARegexThatDoesNotCompile();
    void searchesTheRegexAsWritten();
    void matchesValuesAsTheyAreMapped();
    void findsANearMissBesideKeysTwoRowsName();
    void findsNoNearMissWhenEveryRowFoundItsValue();
    void findsTheNearMissOfALaterRowWhenAnEarlierOneIsFilled();
    void sendsAUuidNearMissOutOfExtraValues();
    void givesTheIdentityHintsOfANonSignedIdentity();
    void sessionsGiveTheSameHints();

private:
    OpensslFixtures m_keys;
    QString m_privateKeyPath;
    QString m_otherPrivateKeyPath;
};

void TestJwtHints::initTestCase()
{
    m_privateKeyPath = m_keys.path(QStringLiteral("rsa.pem"));
    m_otherPrivateKeyPath = m_keys.path(QStringLiteral("rsa_other.pem"));
    for (const auto& [path, pem] : {std::pair{m_privateKeyPath, m_keys.rsaPrivateKey(2048)},
                                    std::pair{m_otherPrivateKeyPath, m_keys.rsaPrivateKey(3072)}}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(pem);
    }
}

void TestJwtHints::givesEachHintWhereItApplies_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QStringList>("hints");

    const QStringList none;
    const auto hint = [](const char* code) { return QStringList{QString::fromLatin1(code)}; };

    QTest::newRow("token_wrapped: Bearer prefix")
        << "Bearer " + goodToken << "malformed_token" << hint("token_wrapped");
    QTest::newRow("token_wrapped: quotes and a line break")
        << "\"" + goodToken.left(40) + "\n" + goodToken.mid(40) + "\"\n"
        << "malformed_token" << hint("token_wrapped");
    QTest::newRow("token_wrapped: URL-encoded quotes")
        << "%22" + goodToken + "%22"
        << "malformed_token" << hint("token_wrapped");
    QTest::newRow("not token_wrapped: Bearer before no token")
        << QByteArray("Bearer abc.def") << "malformed_token" << none;

    QTest::newRow("kid_case") << hsToken(header("PROD "), payload()) << "unknown_kid"
                              << hint("kid_case");
    QTest::newRow("not kid_case: another kid")
        << hsToken(header("prods"), payload()) << "unknown_kid" << none;

    const QByteArray noKid = R"({"typ":"JWT","alg":"HS256"})";
    QTest::newRow("kid_in_payload")
        << hsToken(noKid, payload(R"(,"kid":"prod")")) << "missing_kid" << hint("kid_in_payload");
    QTest::newRow("not kid_in_payload: no kid anywhere")
        << hsToken(noKid, payload()) << "missing_kid" << none;

    QTest::newRow("signed_with_other_key") << hsToken(header(), payload(), otherSecret)
                                           << "bad_signature" << hint("signed_with_other_key");
    QTest::newRow("not signed_with_other_key: a key configured nowhere")
        << hsToken(header(), payload(), strangerSecret) << "bad_signature" << none;

    QTest::newRow("secret_base64_decoded")
        << hsToken(header(), payload(), QByteArray::fromBase64(validSecret)) << "bad_signature"
        << hint("secret_base64_decoded");
    QTest::newRow("not secret_base64_decoded: another secret's decoding")
        << hsToken(header(), payload(), QByteArray::fromBase64(strangerSecret)) << "bad_signature"
        << none;

    QTest::newRow("secret_altered: trailing line break")
        << hsToken(header(), payload(), validSecret + '\n') << "bad_signature"
        << hint("secret_altered");
    QTest::newRow("secret_altered: capitals") << hsToken(header(), payload(), validSecret.toUpper())
                                              << "bad_signature" << hint("secret_altered");
    QTest::newRow("secret_altered: white space")
        << hsToken(header(), payload(), ' ' + validSecret + ' ') << "bad_signature"
        << hint("secret_altered");
    QTest::newRow("not secret_altered: two line breaks")
        << hsToken(header(), payload(), validSecret + "\n\n") << "bad_signature" << none;

    const auto withExp = [](qint64 exp, const QByteArray& more = {}) {
        return hsToken(header(),
                       R"({"uuid":"C12345678","exp":)" + QByteArray::number(exp) + more + "}");
    };
    QTest::newRow("exp_milliseconds, accepted")
        << withExp((now + 7200) * 1000) << "accepted" << hint("exp_milliseconds");
    QTest::newRow("not exp_milliseconds: year 5138 exactly")
        << withExp(100000000000) << "accepted" << none;
    // Python's time.time() * 1000 gives a fraction: invalid_exp, and still milliseconds.
    const auto withExpText = [](const QByteArray& exp) {
        return hsToken(header(), R"({"uuid":"C12345678","exp":)" + exp + "}");
    };
    QTest::newRow("exp_milliseconds, invalid_exp: a fraction")
        << withExpText("1800007200000.25") << "invalid_exp" << hint("exp_milliseconds");
    QTest::newRow("exp_milliseconds, invalid_exp: an exponent")
        << withExpText("1.8e12") << "invalid_exp" << hint("exp_milliseconds");
    QTest::newRow("not exp_milliseconds: a small fraction")
        << withExpText("1800007200.5") << "invalid_exp" << none;

    QTest::newRow("exp_lifetime_short")
        << withExp(now + 600, R"(,"iat":)" + QByteArray::number(now - 100)) << "exp_too_soon"
        << hint("exp_lifetime_short");
    QTest::newRow("not exp_lifetime_short: exactly one hour")
        << withExp(now + 3600) << "accepted" << none;

    QTest::newRow("iat_in_future")
        << withExp(now + 7200, R"(,"iat":)" + QByteArray::number(now + 11)) << "accepted"
        << hint("iat_in_future");
    QTest::newRow("not iat_in_future: within the 10 s leeway")
        << withExp(now + 7200, R"(,"iat":)" + QByteArray::number(now + 10)) << "accepted" << none;

    QTest::newRow("uuid_not_string")
        << hsToken(header(), payload({}, "12345678")) << "missing_uuid" << hint("uuid_not_string");
    QTest::newRow("not uuid_not_string: an empty string")
        << hsToken(header(), payload({}, R"("")")) << "missing_uuid" << none;

    const auto withExtraValues = [](const QByteArray& extraValues) {
        return hsToken(header(), R"({"uuid":"C12345678","exp":)" + QByteArray::number(now + 7200) +
                                     R"(,"extra_values":)" + extraValues + "}");
    };
    QTest::newRow("extra_value_near_miss: one edit")
        << withExtraValues(R"({"cellnumber":"+33612345678"})") << "accepted"
        << hint("extra_value_near_miss");
    QTest::newRow("extra_value_near_miss: two edits")
        << withExtraValues(R"({"emial":"a@example.com"})") << "accepted"
        << hint("extra_value_near_miss");
    QTest::newRow("extra_value_near_miss: two edits in a four-letter key")
        << withExtraValues(R"({"tire":"gold"})") << "accepted" << hint("extra_value_near_miss");
    QTest::newRow("extra_value_near_miss: case and dashes")
        << withExtraValues(R"({"Cell-Number":"+33612345678"})") << "accepted"
        << hint("extra_value_near_miss");
    QTest::newRow("not extra_value_near_miss: the mapped key is there too")
        << withExtraValues(R"({"cell_number":"+1","cellnumber":"+2"})") << "accepted" << none;
    // A mapped key whose value maps nothing (an object) is still named by its row; a "uuid" in
    // extra_values is near the uuid row's key, whose field the payload's own uuid fills.
    QTest::newRow("not extra_value_near_miss: a mapped key with an object value")
        << withExtraValues(R"({"cell_number":{"n":1},"cellnumber":"+2"})") << "accepted" << none;
    QTest::newRow("not extra_value_near_miss: uuid in extra_values")
        << withExtraValues(R"({"uuid":"other"})") << "accepted" << none;
    QTest::newRow("not extra_value_near_miss: three edits")
        << withExtraValues(R"({"cel_numb":"+33612345678"})") << "accepted" << none;
    QTest::newRow("not extra_value_near_miss: three edits in a five-letter key")
        << withExtraValues(R"({"eamli":"a@example.com"})") << "accepted" << none;
    QTest::newRow("not extra_value_near_miss: two edits replace a whole two-letter key")
        << withExtraValues(R"({"os":"linux"})") << "accepted" << none;
    QTest::newRow("not extra_value_near_miss: two edits from uuid leave two letters")
        << withExtraValues(R"({"uu":"x"})") << "accepted" << none;

    QTest::newRow("mapped_value_regex_mismatch")
        << hsToken(header(), payload({}, R"("v1")")) << "accepted"
        << hint("mapped_value_regex_mismatch");
    QTest::newRow("not mapped_value_regex_mismatch: the value matches")
        << goodToken << "accepted" << none;
}

void TestJwtHints::givesEachHintWhereItApplies()
{
    QFETCH(QByteArray, token);
    QFETCH(QString, verdict);
    QFETCH(QStringList, hints);

    const JwtVerdict result = JwtVerifier(hintConfig()).verify(token, now);
    QCOMPARE(reasonText(result.reason), verdict);
    QCOMPARE(hintCodes(result.hints), hints);
    for (const JwtHint& hint : result.hints)
        QVERIFY2(hint.message.endsWith(QLatin1Char('.')), qPrintable(hint.message));
}

// The mistake the issue names first, made by the library integrators use.
void TestJwtHints::findsTheHexDecodedSecretOfAPyJwtToken()
{
    const Run pyjwt = runProgram(
        QStringLiteral("/usr/bin/python3"),
        {QStringLiteral("-c"),
         QStringLiteral("import jwt, sys; print(jwt.encode({'uuid': 'C12345678', 'exp': %1}, "
                        "bytes.fromhex(sys.argv[1]), algorithm='HS256', "
                        "headers={'kid': 'prod', 'typ': 'JWT'}))")
             .arg(now + 7200),
         QString::fromLatin1(validSecret)});
    QCOMPARE(pyjwt.exitCode, 0);
    const QByteArray token = pyjwt.out.trimmed();

    const JwtVerdict verdict = JwtVerifier(hintConfig()).verify(token, now);
    QCOMPARE(reasonText(verdict.reason), QStringLiteral("bad_signature"));
    QCOMPARE(hintCodes(verdict.hints), QStringList{QStringLiteral("secret_hex_decoded")});
    QVERIFY(verdict.hints[0].message.contains(QLatin1String("hex-decoded")));
    QVERIFY(verdict.hints[0].message.contains(QLatin1String("\"prod\"")));

    // Close, but not it: the other key's secret, hex-decoded, verifies with nothing.
    const QByteArray other = hsToken(header(), payload(), QByteArray::fromHex(otherSecret));
    QCOMPARE(hintCodes(JwtVerifier(hintConfig()).verify(other, now).hints), QStringList());
}

void TestJwtHints::namesTheRsaKeyThatSignedTheToken()
{
    CommunityConfig config = hintConfig();
    config.jwtKeys = {JwtKey{QStringLiteral("rsa_2025"), JwtAlgorithm::rs256, std::nullopt,
                             QString::fromLatin1(m_keys.rsaPublicKey(2048))},
                      JwtKey{QStringLiteral("rsa_2026"), JwtAlgorithm::rs256, std::nullopt,
                             QString::fromLatin1(m_keys.rsaPublicKey(3072))}};
    const QByteArray signingInput = base64Url(header("rsa_2025", "RS256")) + '.' + base64Url(payload());
    const QByteArray signature = m_keys.run({QStringLiteral("dgst"), QStringLiteral("-sha256"),
                                             QStringLiteral("-sign"), m_otherPrivateKeyPath},
                                            signingInput);
    const JwtVerdict verdict = JwtVerifier(config).verify(signingInput + '.' + base64Url(signature), now);
    QCOMPARE(reasonText(verdict.reason), QStringLiteral("bad_signature"));
    QCOMPARE(hintCodes(verdict.hints), QStringList{QStringLiteral("signed_with_other_key")});
    QVERIFY2(verdict.hints[0].message.contains(QLatin1String("\"rsa_2026\"")),
             qPrintable(verdict.hints[0].message));

    const QByteArray rightKey = m_keys.run({QStringLiteral("dgst"), QStringLiteral("-sha256"),
                                            QStringLiteral("-sign"), m_privateKeyPath},
                                           signingInput);
    const JwtVerdict accepted = JwtVerifier(config).verify(signingInput + '.' + base64Url(rightKey), now);
    QVERIFY(accepted.accepted);
    QCOMPARE(hintCodes(accepted.hints), QStringList());
}

void TestJwtHints::givesHintsInSpecOrder()
{
    const QByteArray token =
        hsToken(header(), R"({"uuid":"v1","exp":)" + QByteArray::number((now + 7200) * 1000) +
                              R"(,"iat":)" + QByteArray::number(now + 60) +
                              R"(,"extra_values":{"cellnumber":"+33612345678"}})");
    const JwtVerdict verdict = JwtVerifier(hintConfig()).verify(token, now);
    QVERIFY(verdict.accepted);
    QCOMPARE(hintCodes(verdict.hints),
             (QStringList{QStringLiteral("exp_milliseconds"), QStringLiteral("iat_in_future"),
                          QStringLiteral("extra_value_near_miss"),
                          QStringLiteral("mapped_value_regex_mismatch")}));

    // A wrapped token gets token_wrapped, then the hints of the bare token, which is accepted.
    const QByteArray wrapped = token + '\n';
    const JwtVerdict malformed = JwtVerifier(hintConfig()).verify(wrapped, now);
    QCOMPARE(reasonText(malformed.reason), QStringLiteral("malformed_token"));
    QCOMPARE(hintCodes(malformed.hints).first(), QStringLiteral("token_wrapped"));
    QCOMPARE(hintCodes(malformed.hints).mid(1), hintCodes(verdict.hints));
}

void TestJwtHints::saysWhatTheUnwrappedTokenWouldGet()
{
    const JwtVerifier verifier(hintConfig());
    const JwtVerdict accepted = verifier.verify("Bearer " + goodToken, now);
    QCOMPARE(accepted.hints.size(), 1);
    QVERIFY2(accepted.hints[0].message.contains(QLatin1String("a \"Bearer \" prefix")),
             qPrintable(accepted.hints[0].message));
    QVERIFY(
        accepted.hints[0].message.contains(QLatin1String("Once they are removed it is accepted")));

    const JwtVerdict refused =
        verifier.verify("\"" + hsToken(header(), payload(), strangerSecret) + "\"", now);
    QCOMPARE(refused.hints.size(), 1);
    QVERIFY2(refused.hints[0].message.contains(QLatin1String("still refused (bad_signature)")),
             qPrintable(refused.hints[0].message));
    QVERIFY(refused.hints[0].message.contains(QLatin1String("quotes")));

    // Copied with its Authorization header, a token signed with the hex-decoded secret: both
    // mistakes are named, though the wrapped token never reached the signature check.
    const JwtVerdict both = verifier.verify(
        "Bearer " + hsToken(header(), payload(), QByteArray::fromHex(validSecret)), now);
    QCOMPARE(reasonText(both.reason), QStringLiteral("malformed_token"));
    QCOMPARE(hintCodes(both.hints),
             (QStringList{QStringLiteral("token_wrapped"), QStringLiteral("secret_hex_decoded")}));
    QVERIFY2(both.hints[0].message.contains(QLatin1String("still refused (bad_signature)")),
             qPrintable(both.hints[0].message));
}

void TestJwtHints::saysHowLongTheTokenLived()
{
    const JwtVerifier verifier(hintConfig());
    const QByteArray withIat =
        hsToken(header(), R"({"uuid":"C12345678","exp":)" + QByteArray::number(now + 600) +
                              R"(,"iat":)" + QByteArray::number(now - 300) + "}");
    const QString lived = verifier.verify(withIat, now).hints.value(0).message;
    QVERIFY2(lived.contains(QLatin1String("live 900 seconds")), qPrintable(lived));
    QVERIFY(lived.contains(QLatin1String("3600")));
    QVERIFY(lived.contains(QLatin1String("7200")));
    QVERIFY(lived.contains(QLatin1String("renew")));

    const QByteArray expired =
        hsToken(header(), R"({"uuid":"C12345678","exp":)" + QByteArray::number(now - 60) + "}");
    const QString late = verifier.verify(expired, now).hints.value(0).message;
    QVERIFY2(late.contains(QLatin1String("expired 60 seconds before")), qPrintable(late));

    // An exp before the iat is no lifetime: said as what it is, not as "live -300 seconds".
    const QByteArray backwards =
        hsToken(header(), R"({"uuid":"C12345678","exp":)" + QByteArray::number(now + 600) +
                              R"(,"iat":)" + QByteArray::number(now + 900) + "}");
    const JwtVerdict backwardsVerdict = verifier.verify(backwards, now);
    QCOMPARE(reasonText(backwardsVerdict.reason), QStringLiteral("exp_too_soon"));
    const QString before = backwardsVerdict.hints.value(0).message;
    QVERIFY2(before.contains(QLatin1String("\"exp\" is 300 seconds before its \"iat\"")),
             qPrintable(before));
    QVERIFY2(!before.contains(QLatin1String("-300")), qPrintable(before));
}

void TestJwtHints::neverQuotesASecretOrTheToken()
{
    const JwtVerifier verifier(hintConfig());
    for (const QByteArray& token :
         {hsToken(header(), payload(), validSecret + '\n'),
          hsToken(header(), payload(), QByteArray::fromHex(validSecret)),
          hsToken(header(), payload(), otherSecret), "Bearer " + goodToken}) {
        const JwtVerdict verdict = verifier.verify(token, now);
        QVERIFY(!verdict.hints.isEmpty());
        for (const JwtHint& hint : verdict.hints) {
            for (const QByteArray& secret : {validSecret, otherSecret, validSecret.toUpper()})
                QVERIFY2(!hint.message.contains(QLatin1String(secret)), qPrintable(hint.message));
            QVERIFY(!hint.message.contains(QLatin1String(goodToken.split('.')[2])));
        }
    }
}

void TestJwtHints::ignoresARegexThatDoesNotCompile()
{
    CommunityConfig config = hintConfig();
    config.customFields[0].regex = QStringLiteral("^C[0-9{8}$(");
    const JwtVerdict verdict =
        JwtVerifier(config).verify(hsToken(header(), payload({}, R"("v1")")), now);
    QVERIFY(verdict.accepted);
    QCOMPARE(hintCodes(verdict.hints), QStringList());
}

// The reference does not say how Engage anchors a custom regex: it is searched as written.
void TestJwtHints::searchesTheRegexAsWritten()
{
    CommunityConfig config = hintConfig();
    config.customFields[0].regex = QStringLiteral("C[0-9]{8}");
    const JwtVerifier verifier(config);
    QCOMPARE(
        hintCodes(verifier.verify(hsToken(header(), payload({}, R"("id-C12345678")")), now).hints),
        QStringList());
    const JwtVerdict mismatch = verifier.verify(hsToken(header(), payload({}, R"("C1234")")), now);
    QCOMPARE(hintCodes(mismatch.hints), QStringList{QStringLiteral("mapped_value_regex_mismatch")});
    QVERIFY2(mismatch.hints[0].message.contains(QLatin1String("\"C1234\"")),
             qPrintable(mismatch.hints[0].message));
    QVERIFY(mismatch.hints[0].message.contains(QLatin1String("custom_field:customer_id")));
}

// Numbers as written, booleans as true or false, and a character outside ASCII as one
// character, as the mapped field would hold them.
void TestJwtHints::matchesValuesAsTheyAreMapped()
{
    CommunityConfig config = hintConfig();
    config.customFields.append(CustomField{QStringLiteral("code"), QStringLiteral("Code"),
                                           QStringLiteral("string"),
                                           QStringLiteral("^(\\d{3}|true|.\\.)$")});
    config.extraValuesMapping.append(
        MappingRow{QStringLiteral("code"), QStringLiteral("custom_field:code")});
    const JwtVerifier verifier(config);
    const auto hintsFor = [&verifier](const QByteArray& code) {
        return hintCodes(
            verifier
                .verify(hsToken(header(), R"({"uuid":"C12345678","exp":)" +
                                              QByteArray::number(now + 7200) +
                                              R"(,"extra_values":{"code":)" + code + "}}"),
                        now)
                .hints);
    };
    QCOMPARE(hintsFor("123"), QStringList());
    QCOMPARE(hintsFor("true"), QStringList());
    QCOMPARE(hintsFor("\"\u00e9.\""), QStringList());
    const QStringList mismatch{QStringLiteral("mapped_value_regex_mismatch")};
    QCOMPARE(hintsFor("1234"), mismatch);
    QCOMPARE(hintsFor("false"), mismatch);
    QCOMPARE(hintsFor("\"\u00e9\u00e9.\""), mismatch);
    QCOMPARE(hintsFor("null"), QStringList()); // null maps nothing, so nothing is matched
}

// An accepted token whose extra values all have a row skips the near-miss search; two rows of
// one key find one value twice, which must not pass for two values found.
void TestJwtHints::findsANearMissBesideKeysTwoRowsName()
{
    CommunityConfig config = hintConfig();
    config.extraValuesMapping.append(
        MappingRow{QStringLiteral("tier"), QStringLiteral("company")});
    const JwtVerifier verifier(config);
    const auto hintsFor = [&verifier](const QByteArray& extraValues) {
        return hintCodes(verifier
                             .verify(hsToken(header(), R"({"uuid":"C12345678","exp":)" +
                                                           QByteArray::number(now + 7200) +
                                                           R"(,"extra_values":)" + extraValues +
                                                           "}"),
                                     now)
                             .hints);
    };
    QCOMPARE(hintsFor(R"({"tier":"gold","emial":"a@example.com"})"),
             QStringList{QStringLiteral("extra_value_near_miss")});
    QCOMPARE(hintsFor(R"({"tier":"gold","email":"a@example.com"})"), QStringList());
    QCOMPARE(hintsFor(R"({"tier":"gold","cell_number":"+1"})"), QStringList());
}

// When every row found its value, no key is absent for an extra value to be a near miss of, and
// the search is skipped; one row without its value, even beside two rows sharing a key, brings
// it back.
void TestJwtHints::findsNoNearMissWhenEveryRowFoundItsValue()
{
    CommunityConfig config = hintConfig();
    const auto hintsFor = [](const CommunityConfig& configuration, const QByteArray& extraValues) {
        return hintCodes(
            JwtVerifier(configuration)
                .verify(hsToken(header(), R"({"uuid":"C12345678","exp":)" +
                                              QByteArray::number(now + 7200) +
                                              R"(,"extra_values":)" + extraValues + "}"),
                        now)
                .hints);
    };
    const QByteArray everyRow =
        R"({"cell_number":"+1","email":"a@example.com","tier":"gold","id":"7","custmer":"x"})";
    QCOMPARE(hintsFor(config, everyRow), QStringList());
    QCOMPARE(hintsFor(config, R"({"cell_number":"+1","tier":"gold","id":"7","emial":"x"})"),
             QStringList{QStringLiteral("extra_value_near_miss")});
    config.extraValuesMapping.append(
        MappingRow{QStringLiteral("customer"), QStringLiteral("company")});
    QCOMPARE(hintsFor(config, everyRow), QStringList{QStringLiteral("extra_value_near_miss")});
    config.extraValuesMapping.last().key = QStringLiteral("tier");
    QCOMPARE(hintsFor(config, everyRow), QStringList());
    config.extraValuesMapping.append(
        MappingRow{QStringLiteral("customer"), QStringLiteral("notes")});
    QCOMPARE(hintsFor(config, everyRow), QStringList{QStringLiteral("extra_value_near_miss")});
}

// An extra value near two rows, the first of which found its value: the second, absent, is the
// near miss (the review's phone1 and phone2).
void TestJwtHints::findsTheNearMissOfALaterRowWhenAnEarlierOneIsFilled()
{
    CommunityConfig config = hintConfig();
    config.extraValuesMapping = {{QStringLiteral("phone1"), QStringLiteral("mobile_phone")},
                                 {QStringLiteral("phone2"), QStringLiteral("home_phone")}};
    const JwtVerifier verifier(config);
    const JwtVerdict verdict = verifier.verify(
        hsToken(header(), R"({"uuid":"C12345678","exp":)" + QByteArray::number(now + 7200) +
                              R"(,"extra_values":{"phone1":"1","phone_2":"2"}})"),
        now);
    QVERIFY(verdict.accepted);
    QCOMPARE(hintCodes(verdict.hints), QStringList{QStringLiteral("extra_value_near_miss")});
    QVERIFY2(verdict.hints[0].message.contains(QLatin1String("\"phone2\"")),
             qPrintable(verdict.hints[0].message));
}

// The row "uuid" is filled by the identity's own uuid: renaming an extra value cannot fill it.
void TestJwtHints::sendsAUuidNearMissOutOfExtraValues()
{
    const JwtVerifier verifier(hintConfig());
    const JwtVerdict verdict =
        verifier.verify(hsToken(header(), R"({"exp":)" + QByteArray::number(now + 7200) +
                                              R"(,"extra_values":{"uid":"C12345678"}})"),
                        now);
    QCOMPARE(reasonText(verdict.reason), QStringLiteral("missing_uuid"));
    QCOMPARE(hintCodes(verdict.hints), QStringList{QStringLiteral("extra_value_near_miss")});
    const QString& message = verdict.hints[0].message;
    QVERIFY2(message.contains(QLatin1String("beside \"extra_values\"")), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("Rename")), qPrintable(message));
}

void TestJwtHints::givesTheIdentityHintsOfANonSignedIdentity()
{
    CommunityConfig config = hintConfig();
    config.signedIdentities = SignedIdentities::accept;
    const JwtVerifier verifier(config);
    const auto check = [&verifier](const QByteArray& json) {
        return verifier.checkIdentity(*parseJson(json).value);
    };
    const IdentityVerdict mismatch =
        check(R"({"uuid":"v1","extra_values":{"cellnumber":"+33612345678"}})");
    QVERIFY(mismatch.accepted);
    QCOMPARE(hintCodes(mismatch.hints),
             (QStringList{QStringLiteral("extra_value_near_miss"),
                          QStringLiteral("mapped_value_regex_mismatch")}));
    const IdentityVerdict number = check(R"({"uuid":12345678})");
    QCOMPARE(reasonText(number.reason), QStringLiteral("missing_uuid"));
    QCOMPARE(hintCodes(number.hints), QStringList{QStringLiteral("uuid_not_string")});
    QVERIFY2(number.hints[0].message.contains(QLatin1String("\"12345678\"")),
             qPrintable(number.hints[0].message));
    QCOMPARE(hintCodes(check(R"({"uuid":"C12345678"})").hints), QStringList());
}

// A session caches near misses and headers per thread: the hints must still follow each token.
void TestJwtHints::sessionsGiveTheSameHints()
{
    const JwtVerifier verifier(hintConfig());
    JwtVerifier::Session session(verifier);
    JwtVerdict verdict;
    const QList<QByteArray> tokens{
        hsToken(header(), payload({}, R"("v1")")),
        goodToken,
        hsToken(header(), payload(R"(,"iat":)" + QByteArray::number(now + 60))),
        hsToken(header(), (R"({"uuid":"C12345678","exp":)" + QByteArray::number(now + 7200) +
                           R"(,"extra_values":{"cellnumber":"1"}})")),
        hsToken(header(), (R"({"uuid":"C12345678","exp":)" + QByteArray::number(now + 7200) +
                           R"(,"extra_values":{"cellnumber":"1","cell_number":"2"}})")),
        "Bearer " + goodToken,
        hsToken(header(), payload(), otherSecret)};
    for (int round = 0; round < 2; ++round) {
        for (const QByteArray& token : tokens) {
            session.verify(token, now, verdict);
            QCOMPARE(verdict.hints, verifier.verify(token, now).hints);
        }
    }
}

QTEST_GUILESS_MAIN(TestJwtHints)
#include "test_jwt_hints.moc"
