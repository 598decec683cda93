// The token log report (docs/engagectl.md `report`) on a log made for it: tokens from the project's
// signer, from PyJWT (Debian's python3-jwt) and from Qt's own HMAC, several kids, one unknown,
// expired tokens, a near-miss extra value key, malformed lines, blank lines and CRLF line ends.
// Every count is checked in the summary, in the JSON and in the text; the HTML page is parsed with
// its charts. Then progress, cancel, and a hostile log of a million distinct kids.

#include "config/community_config.h"
#include "json/json_parser.h"
#include "json/json_writer.h"
#include "jwt/jwt_signer.h"
#include "report/lifetime_histogram.h"
#include "report/token_log_html.h"
#include "report/token_log_json.h"
#include "report/token_log_report.h"
#include "report/token_log_text.h"
#include "report/top_k_counter.h"
#include "support/hs256_tokens.h"
#include "support/openssl_fixtures.h"
#include "support/process_run.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <atomic>
#include <limits>
#include <thread>
#include <unistd.h>

using namespace engage;

namespace {

const qint64 now = 1767225600; // 2026-01-01T00:00:00Z
const QByteArray prodSecret = "9aeaf06388b8ab6487d1605b";
const QByteArray oldSecret = "0123456789abcdef01234567";

JsonValue object(const QByteArray& json)
{
    return *parseJson(json).value;
}

// Reads a member path such as "kids/0/tokens" of a parsed JSON document.
const JsonValue& at(const JsonValue& value, const QString& path)
{
    const JsonValue* current = &value;
    for (const QString& step : path.split(QLatin1Char('/'))) {
        bool isIndex = false;
        const int index = step.toInt(&isIndex);
        current =
            isIndex ? &current->items().at(static_cast<std::size_t>(index)) : current->member(step);
        if (!current)
            qFatal("no member %s", qPrintable(path));
    }
    return *current;
}

qint64 integerAt(const JsonValue& value, const QString& path)
{
    return at(value, path).toInteger().value_or(-1);
}

} // namespace

class TestTokenLogReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void countsEveryTokenOfAGeneratedLog();
    void jsonGivesTheSameCountsInItsDocumentedOrder();
    void textGivesTheCountsAndEndsWithTheConclusions();
    void htmlIsOneWellFormedPageWithThreeCharts();
    void htmlEscapesWhatTheLogHolds();
    void rejectModeIsReportedAsRequireWouldSeeIt();
    void emptyLogConcludesNothing();
    void keyNamedInOtherCapitalsIsNotToBeRemoved();
    void noUnknownKidIsNamedMostFrequentOnUpperBoundsAlone();
    void shortLifetimesAreConcluded();
    void lifetimeBeyondWhatAnIntegerHoldsIsTheLongest();
    void progressCountsBytesUpToTheFileSize();
    void cancelStopsTheReadingAndSaysSo();
    void millionDistinctUnknownKidsStayBounded();
    void topKCounterIsExactUntilFullThenBounded();
    void lifetimeMedianIsExactUnderEighteenHours();

private:
    CommunityConfig config() const;
    QString pyjwt(const QString& alg, const QString& keyFile, const QString& kid,
                  const QByteArray& payload);
    TokenLogSummary reportOf(const QByteArray& log, const CommunityConfig& configuration,
                             const TokenLogReportOptions& options = {});

    OpensslFixtures m_openssl;
    QTemporaryDir m_dir;
    QByteArray m_log;
    TokenLogSummary m_summary;
};

CommunityConfig TestTokenLogReport::config() const
{
    CommunityConfig configuration;
    configuration.signedIdentities = SignedIdentities::require;
    configuration.customFields = {
        CustomField{QStringLiteral("customer_id"), QStringLiteral("Customer id"),
                    QStringLiteral("string"), QStringLiteral("^C[0-9]{8}$")}};
    configuration.extraValuesMapping = {
        {QStringLiteral("cell_number"), QStringLiteral("mobile_phone")},
        {QStringLiteral("uuid"), QStringLiteral("custom_field:customer_id")}};
    configuration.jwtKeys = {
        JwtKey{QStringLiteral("prod"), JwtAlgorithm::hs256, QString::fromLatin1(prodSecret),
               std::nullopt},
        JwtKey{QStringLiteral("old_key"), JwtAlgorithm::hs256, QString::fromLatin1(oldSecret),
               std::nullopt},
        JwtKey{QStringLiteral("rsa_2026"), JwtAlgorithm::rs256, std::nullopt,
               QString::fromLatin1(const_cast<OpensslFixtures&>(m_openssl).rsaPublicKey())}};
    return configuration;
}

QString TestTokenLogReport::pyjwt(const QString& alg, const QString& keyFile, const QString& kid,
                                  const QByteArray& payload)
{
    const Run result =
        runProgram(QStringLiteral("/usr/bin/python3"),
                   {QStringLiteral(ENGAGE_TEST_SUPPORT_DIR "/pyjwt_peer.py"),
                    QStringLiteral("sign"), alg, keyFile, kid, QString::fromUtf8(payload)});
    if (result.exitCode != 0)
        qFatal("pyjwt_peer.py failed: %s", result.err.constData());
    return QString::fromUtf8(result.out.trimmed());
}

TokenLogSummary TestTokenLogReport::reportOf(const QByteArray& log,
                                             const CommunityConfig& configuration,
                                             const TokenLogReportOptions& options)
{
    const QString path = m_dir.filePath(QStringLiteral("log.txt"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(log) != log.size())
        qFatal("cannot write the log");
    file.close();
    QFile input(path);
    if (!input.open(QIODevice::ReadOnly))
        qFatal("cannot read the log");
    TokenLogReportOptions withNow = options;
    withNow.nowUnixSeconds = now;
    withNow.threads = std::max(options.threads, 2);
    return TokenLogReport::run(configuration, input, withNow);
}

void TestTokenLogReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const CommunityConfig configuration = config();
    const auto signed_ = [&configuration](const QByteArray& payload) {
        JwtSignRequest request;
        request.kid = QStringLiteral("prod");
        request.payload = object(payload);
        request.nowUnixSeconds = now;
        const JwtSignResult result = JwtSigner::sign(configuration, request);
        if (!result.token)
            qFatal("signer failed");
        return *result.token;
    };
    const QByteArray iat = QByteArray::number(now);
    const QByteArray exp7200 = QByteArray::number(now + 7200);
    QList<QByteArray> lines;
    // 6 accepted, lifetime 7200 s, cell_number mapped (the project's signer).
    for (int index = 0; index < 6; ++index)
        lines << signed_(R"({"uuid":"C0000000)" + QByteArray::number(index) + R"(","iat":)" + iat +
                         R"(,"exp":)" + exp7200 + R"(,"extra_values":{"cell_number":"+33"}})");
    lines << QByteArray(); // blank lines are no tokens
    // 2 accepted, lifetime 4200 s, no extra values.
    for (int index = 0; index < 2; ++index)
        lines << signed_(R"({"uuid":"C00000010","iat":)" + iat + R"(,"exp":)" +
                         QByteArray::number(now + 4200) + "}");
    // 3 accepted RS256 tokens from PyJWT, lifetime a day.
    const QString rsaKey = m_openssl.path(QStringLiteral("rsa_private.pem"));
    QFile keyFile(rsaKey);
    QVERIFY(keyFile.open(QIODevice::WriteOnly));
    keyFile.write(m_openssl.rsaPrivateKey());
    keyFile.close();
    for (int index = 0; index < 3; ++index)
        lines << pyjwt(QStringLiteral("RS256"), rsaKey, QStringLiteral("rsa_2026"),
                       R"({"uuid":"C00000020","iat":)" + iat + R"(,"exp":)" +
                           QByteArray::number(now + 86400) +
                           R"(,"extra_values":{"cell_number":"+44"}})")
                     .toUtf8();
    // 2 expired (exp_too_soon), lifetime 7200 s; their signature is good.
    for (int index = 0; index < 2; ++index)
        lines << signed_(R"({"uuid":"C00000030","iat":)" + QByteArray::number(now - 7210) +
                         R"(,"exp":)" + QByteArray::number(now - 10) + "}");
    // 1 accepted with a near-miss extra value key and no iat.
    lines << signed_(R"({"uuid":"C00000040","exp":)" + exp7200 +
                     R"(,"extra_values":{"cellnumber":"+33"}})");
    // 2 unknown kid, from PyJWT.
    const QString strangerKey = m_dir.filePath(QStringLiteral("stranger.key"));
    QFile stranger(strangerKey);
    QVERIFY(stranger.open(QIODevice::WriteOnly));
    stranger.write("fedcba9876543210fedcba98");
    stranger.close();
    for (int index = 0; index < 2; ++index)
        lines << pyjwt(QStringLiteral("HS256"), strangerKey, QStringLiteral("ghost"),
                       R"({"uuid":"C00000050","iat":)" + iat + R"(,"exp":)" + exp7200 + "}")
                     .toUtf8();
    // 2 malformed: one is a good token behind "Bearer ".
    lines << "not a token";
    lines << "Bearer " + signed_(R"({"uuid":"C00000060","exp":)" + exp7200 + "}");
    // 1 signed with the secret's hex-decoded bytes: bad_signature, lifetime 7200 s.
    lines << hs256Token("prod", R"({"uuid":"C00000070","iat":)" + iat + R"(,"exp":)" + exp7200 + "}",
                       QByteArray::fromHex(prodSecret));
    lines << "   ";
    m_log = lines.join("\r\n") + "\r\n";
    m_summary = reportOf(m_log, configuration);
}

void TestTokenLogReport::countsEveryTokenOfAGeneratedLog()
{
    const TokenLogSummary& summary = m_summary;
    QVERIFY(!summary.error);
    QVERIFY(!summary.canceled);
    QCOMPARE(summary.bytesRead, m_log.size());
    QCOMPARE(summary.tokens, 19);
    QCOMPARE(summary.accepted, 12);
    QCOMPARE(summary.rejected, 7);

    QCOMPARE(summary.reasons.size(), 4);
    QCOMPARE(summary.reasons[0].reason, JwtReason::MalformedToken);
    QCOMPARE(summary.reasons[0].tokens, 2);
    QCOMPARE(summary.reasons[1].reason, JwtReason::UnknownKid);
    QCOMPARE(summary.reasons[1].tokens, 2);
    QCOMPARE(summary.reasons[2].reason, JwtReason::BadSignature);
    QCOMPARE(summary.reasons[2].tokens, 1);
    QCOMPARE(summary.reasons[3].reason, JwtReason::ExpTooSoon);
    QCOMPARE(summary.reasons[3].tokens, 2);

    QStringList hints;
    for (const TokenLogSummary::HintCount& hint : summary.hints)
        hints << QStringLiteral("%1=%2").arg(jwtHintName(hint.code)).arg(hint.tokens);
    QCOMPARE(hints,
             (QStringList{QStringLiteral("token_wrapped=1"), QStringLiteral("secret_hex_decoded=1"),
                          QStringLiteral("exp_lifetime_short=2"),
                          QStringLiteral("extra_value_near_miss=1")}));

    QCOMPARE(summary.kids.size(), 4);
    const TokenLogSummary::KidCount& prod = summary.kids[0];
    QCOMPARE(prod.kid, QStringLiteral("prod"));
    QVERIFY(prod.configured);
    QCOMPARE(prod.tokens, 12);
    QCOMPARE(prod.accepted, 9);
    QCOMPARE(prod.rejected, 3);
    QCOMPARE(prod.signatureValid, 11);
    QCOMPARE(prod.latestExp, now + 7200);
    const TokenLogSummary::KidCount& old = summary.kids[1];
    QCOMPARE(old.kid, QStringLiteral("old_key"));
    QCOMPARE(old.tokens, 0);
    QCOMPARE(old.latestExp, std::nullopt);
    const TokenLogSummary::KidCount& rsa = summary.kids[2];
    QCOMPARE(rsa.kid, QStringLiteral("rsa_2026"));
    QCOMPARE(rsa.tokens, 3);
    QCOMPARE(rsa.accepted, 3);
    QCOMPARE(rsa.latestExp, now + 86400);
    const TokenLogSummary::KidCount& ghost = summary.kids[3];
    QCOMPARE(ghost.kid, QStringLiteral("ghost"));
    QVERIFY(!ghost.configured);
    QCOMPARE(ghost.tokens, 2);
    QCOMPARE(ghost.rejected, 2);
    QCOMPARE(ghost.error, 0);
    QCOMPARE(ghost.latestExp, now + 7200);
    QCOMPARE(summary.unknownKidTokens, 2);
    QCOMPARE(summary.tokensWithoutKid, 2);
    QVERIFY(!summary.unknownKidsApproximate);

    const TokenLogSummary::Lifetimes& lifetimes = summary.lifetimes;
    QCOMPARE(lifetimes.measured, 16);
    QCOMPARE(lifetimes.withoutIat, 1);
    QCOMPARE(lifetimes.expBeforeIat, 0);
    QCOMPARE(lifetimes.minimum, 4200);
    QCOMPARE(lifetimes.median, 7200);
    QCOMPARE(lifetimes.maximum, 86400);
    QVERIFY(!lifetimes.medianApproximate);
    QList<qint64> bands;
    for (const TokenLogSummary::Lifetimes::Band& band : lifetimes.bands)
        bands << band.tokens;
    QCOMPARE(bands, (QList<qint64>{0, 2, 11, 0, 3}));

    QCOMPARE(summary.extraValueKeys.size(), 2);
    QCOMPARE(summary.extraValueKeys[0].key, QStringLiteral("cell_number"));
    QVERIFY(summary.extraValueKeys[0].mapped);
    QCOMPARE(summary.extraValueKeys[0].tokens, 9);
    QCOMPARE(summary.extraValueKeys[1].key, QStringLiteral("cellnumber"));
    QVERIFY(!summary.extraValueKeys[1].mapped);
    QCOMPARE(summary.extraValueKeys[1].tokens, 1);

    QCOMPARE(summary.mappedFields.size(), 2);
    QCOMPARE(summary.mappedFields[0].field, QStringLiteral("mobile_phone"));
    QCOMPARE(summary.mappedFields[0].filled, 9);
    QCOMPARE(summary.mappedFields[1].field, QStringLiteral("custom_field:customer_id"));
    QCOMPARE(summary.mappedFields[1].filled, 12);

    QCOMPARE(summary.conclusions,
             (QStringList{
                 QStringLiteral("Require would accept 63.2 % of these identities (12 of 19 "
                                "tokens)."),
                 QStringLiteral("Key `prod` still signs 57.9 % of these tokens: keep it."),
                 QStringLiteral("Key `old_key` was not seen in these 19 tokens: it can be "
                                "removed once you are sure the website no longer uses it; a "
                                "report over a log of several days that still does not see it "
                                "shows that."),
                 QStringLiteral("Key `rsa_2026` still signs 15.8 % of these tokens: keep it."),
                 QStringLiteral("10.5 % of these tokens name a key this configuration does not "
                                "have (most often `ghost`): add that key, or correct the kid the "
                                "website sends."),
                 QStringLiteral("The most frequent probable cause is exp_lifetime_short (10.5 % "
                                "of these tokens): verify one of them (engagectl verify-jwt, or "
                                "the JWT workbench) to read what to change.")}));
}

void TestTokenLogReport::jsonGivesTheSameCountsInItsDocumentedOrder()
{
    const QByteArray json = tokenLogJson(m_summary);
    QVERIFY(json.endsWith("}\n"));
    const JsonParseResult parsed = parseJson(json);
    QVERIFY(parsed.value);
    const JsonValue& report = *parsed.value;
    QStringList members;
    for (const JsonValue::Member& member : report.members())
        members << member.first;
    QCOMPARE(members.join(QLatin1Char(',')),
             QStringLiteral("tokens,accepted,rejected,configured_mode,reasons,hints,kids,"
                            "tokens_without_kid,unknown_kid_tokens,unknown_kids_approximate,"
                            "extra_values_keys,extra_values_keys_approximate,mapped_fields,"
                            "lifetimes,conclusions,canceled,bytes_read,error"));
    QCOMPARE(integerAt(report, QStringLiteral("tokens")), 19);
    QCOMPARE(integerAt(report, QStringLiteral("accepted")), 12);
    QCOMPARE(integerAt(report, QStringLiteral("rejected")), 7);
    QCOMPARE(at(report, QStringLiteral("configured_mode")).text(), QStringLiteral("require"));
    QCOMPARE(
        toCompactJson(at(report, QStringLiteral("reasons"))),
        QByteArray(R"({"malformed_token":2,"unknown_kid":2,"bad_signature":1,"exp_too_soon":2})"));
    QCOMPARE(toCompactJson(at(report, QStringLiteral("hints"))),
             QByteArray(R"({"token_wrapped":1,"secret_hex_decoded":1,"exp_lifetime_short":2,)"
                        R"("extra_value_near_miss":1})"));
    QCOMPARE(toCompactJson(at(report, QStringLiteral("kids/0"))),
             R"({"kid":"prod","configured":true,"tokens":12,"accepted":9,"rejected":3,)"
             R"("signature_valid":11,"latest_exp":)" +
                 QByteArray::number(now + 7200) + R"(,"count_error":0})");
    QCOMPARE(integerAt(report, QStringLiteral("kids/1/tokens")), 0);
    QVERIFY(at(report, QStringLiteral("kids/1/latest_exp")).isNull());
    QCOMPARE(integerAt(report, QStringLiteral("kids/2/tokens")), 3);
    QCOMPARE(at(report, QStringLiteral("kids/3/kid")).text(), QStringLiteral("ghost"));
    QCOMPARE(at(report, QStringLiteral("kids/3/configured")).toBool(), false);
    QCOMPARE(integerAt(report, QStringLiteral("kids/3/tokens")), 2);
    QCOMPARE(integerAt(report, QStringLiteral("tokens_without_kid")), 2);
    QCOMPARE(integerAt(report, QStringLiteral("unknown_kid_tokens")), 2);
    QCOMPARE(toCompactJson(at(report, QStringLiteral("extra_values_keys"))),
             QByteArray(R"([{"key":"cell_number","mapped":true,"tokens":9,"count_error":0},)"
                        R"({"key":"cellnumber","mapped":false,"tokens":1,"count_error":0}])"));
    QCOMPARE(toCompactJson(at(report, QStringLiteral("mapped_fields"))),
             QByteArray(R"([{"key":"cell_number","field":"mobile_phone","filled":9},)"
                        R"({"key":"uuid","field":"custom_field:customer_id","filled":12}])"));
    QCOMPARE(toCompactJson(at(report, QStringLiteral("lifetimes"))),
             QByteArray(R"({"measured":16,"without_iat":1,"exp_before_iat":0,"min":4200,)"
                        R"("median":7200,"max":86400,"median_approximate":false,"bands":[)"
                        R"({"from":0,"to":3600,"tokens":0},{"from":3600,"to":7200,"tokens":2},)"
                        R"({"from":7200,"to":14400,"tokens":11},)"
                        R"({"from":14400,"to":86400,"tokens":0},)"
                        R"({"from":86400,"to":null,"tokens":3}]})"));
    QCOMPARE(at(report, QStringLiteral("conclusions")).items().size(), 6u);
    QCOMPARE(at(report, QStringLiteral("conclusions/0")).text(), m_summary.conclusions[0]);
    QCOMPARE(at(report, QStringLiteral("canceled")).toBool(), false);
    QVERIFY(at(report, QStringLiteral("error")).isNull());
}

void TestTokenLogReport::textGivesTheCountsAndEndsWithTheConclusions()
{
    const QString text = TokenLogText::render(m_summary);
    const QStringList lines = text.split(QLatin1Char('\n'));
    QCOMPARE(lines.constFirst(),
             QStringLiteral("Token log report: 19 tokens, 12 accepted, 7 rejected."));
    for (const QString& expected :
         {QStringLiteral("  malformed_token: 2"),
          QStringLiteral("  unknown_kid: 2"),
          QStringLiteral("  bad_signature: 1"),
          QStringLiteral("  exp_too_soon: 2"),
          QStringLiteral("  token_wrapped: 1"),
          QStringLiteral("  secret_hex_decoded: 1"),
          QStringLiteral("  exp_lifetime_short: 2"),
          QStringLiteral("  extra_value_near_miss: 1"),
          QStringLiteral("  prod (configured): tokens 12, accepted 9, rejected 3, valid "
                         "signature 11; latest exp: 2026-01-01 02:00:00 UTC (1767232800)"),
          QStringLiteral("  old_key (configured): tokens 0, accepted 0, rejected 0, valid "
                         "signature 0; latest exp: none"),
          QStringLiteral("  ghost (not configured): tokens 2, accepted 0, rejected 2; latest "
                         "exp: 2026-01-01 02:00:00 UTC (1767232800)"),
          QStringLiteral("  Tokens naming a key that is not configured: 2"),
          QStringLiteral("  Tokens without a readable kid: 2"),
          QStringLiteral("Token lifetimes (exp - iat), over 16 tokens:"),
          QStringLiteral("  minimum 4200 s, median 7200 s, maximum 86400 s"),
          QStringLiteral("  1 h to 2 h: 2"),
          QStringLiteral("  2 h to 4 h: 11"),
          QStringLiteral("  24 h or more: 3"),
          QStringLiteral("  Without iat (lifetime unknown): 1"),
          QStringLiteral("  cell_number (mapped): tokens 9"),
          QStringLiteral("  cellnumber (not mapped): tokens 1"),
          QStringLiteral("  cell_number -> mobile_phone: 9"),
          QStringLiteral("  uuid -> custom_field:customer_id: 12")})
        QVERIFY2(lines.contains(expected), qPrintable(expected));
    const qsizetype conclusions = lines.indexOf(QStringLiteral("Conclusions:"));
    QVERIFY(conclusions > 0);
    QCOMPARE(lines.mid(conclusions + 1, 6), [this] {
        QStringList indented;
        for (const QString& conclusion : m_summary.conclusions)
            indented << QStringLiteral("  ") + conclusion;
        return indented;
    }());
}

void TestTokenLogReport::htmlIsOneWellFormedPageWithThreeCharts()
{
    const QByteArray html = TokenLogHtml::render(m_summary, QStringLiteral("tokens.log"));
    QVERIFY(!html.contains("<script"));
    QXmlStreamReader reader(html);
    int charts = 0;
    int bars = 0;
    QStringList conclusions;
    QStringList chartTitles;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            if (reader.name() == QLatin1String("svg"))
                ++charts;
            if (reader.name() == QLatin1String("rect"))
                ++bars;
            if (reader.name() == QLatin1String("title") &&
                reader.namespaceUri() == QLatin1String("http://www.w3.org/2000/svg"))
                chartTitles << reader.readElementText();
            if (reader.name() == QLatin1String("li"))
                conclusions << reader.readElementText();
            // Nothing runs and nothing is fetched: no script, no link, no image source.
            QVERIFY2(reader.name() != QLatin1String("script"), "no script");
            QVERIFY(!reader.attributes().hasAttribute(QStringLiteral("href")));
            QVERIFY(!reader.attributes().hasAttribute(QStringLiteral("src")));
        }
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QCOMPARE(charts, 3);
    QCOMPARE(chartTitles, (QStringList{QStringLiteral("Accepted and rejected tokens per kid"),
                                       QStringLiteral("Rejected tokens by reason"),
                                       QStringLiteral("Tokens by lifetime")}));
    // Two segments per kid (4 kids), one bar per reason (4) and per lifetime band (5).
    QCOMPARE(bars, 8 + 4 + 5);
    QCOMPARE(conclusions, m_summary.conclusions);
}

void TestTokenLogReport::htmlEscapesWhatTheLogHolds()
{
    const QByteArray kid = "<b>&\x1b[2J\"'";
    const QByteArray token =
        base64Url(R"({"typ":"JWT","alg":"HS256","kid":")" + QByteArray("<b>&\\u001b[2J\\\"'") + "\"}") +
        ".e30.c2ln";
    const TokenLogSummary summary = reportOf(token + "\n", config());
    QCOMPARE(summary.kids.constLast().kid, QString::fromLatin1(kid));
    const QByteArray html = TokenLogHtml::render(summary, QStringLiteral("<i>log</i>"));
    QVERIFY(!html.contains("<b>"));
    QVERIFY(!html.contains("<i>"));
    QVERIFY(!html.contains('\x1b'));
    QXmlStreamReader reader(html);
    bool found = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == QLatin1String("td")) {
            if (reader.readElementText() == QStringLiteral("<b>&\\u001b[2J\"'"))
                found = true;
        }
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QVERIFY(found);
}

void TestTokenLogReport::rejectModeIsReportedAsRequireWouldSeeIt()
{
    CommunityConfig rejecting = config();
    rejecting.signedIdentities = SignedIdentities::reject;
    const TokenLogSummary summary = reportOf(m_log, rejecting);
    QCOMPARE(summary.configuredMode, SignedIdentities::reject);
    QCOMPARE(summary.accepted, 12);
    QVERIFY(summary.reasons.constFirst().reason != JwtReason::SignedIdentitiesRejected);
    QCOMPARE(summary.conclusions.at(1),
             QStringLiteral("The configuration is in reject mode: Engage ignores every one of "
                            "these tokens until signed identities are set to require."));
}

void TestTokenLogReport::emptyLogConcludesNothing()
{
    const TokenLogSummary summary = reportOf("\n \r\n\n", config());
    QCOMPARE(summary.tokens, 0);
    QCOMPARE(summary.conclusions,
             QStringList{QStringLiteral("The log holds no token: nothing can be concluded from "
                                        "it.")});
}

// Every token names "Prod": the key "prod" is unseen by its own ID, yet the website means it.
void TestTokenLogReport::keyNamedInOtherCapitalsIsNotToBeRemoved()
{
    TokenLogSummary summary;
    summary.configuredMode = SignedIdentities::require;
    summary.tokens = summary.rejected = summary.unknownKidTokens = 5;
    summary.kids = {{QStringLiteral("prod"), true, 0, 0, 0, 0, 0, std::nullopt},
                    {QStringLiteral("Prod"), false, 5, 0, 5, 0, 0, now + 7200}};
    const QStringList conclusions = TokenLogReport::conclusionsOf(summary);
    QVERIFY2(conclusions.contains(QStringLiteral(
                 "Key `prod` is not named exactly by these tokens, but `Prod` differs from it "
                 "only in capitals or white space: the website means this key. Keep it, and "
                 "correct the kid the website sends.")),
             qPrintable(conclusions.join('\n')));
    QVERIFY2(!conclusions.join('\n').contains(QLatin1String("can be removed")),
             qPrintable(conclusions.join('\n')));
}

// A million kids seen once each: the counter's survivors all read "at most 15625", and none of
// them is more frequent than another.
void TestTokenLogReport::noUnknownKidIsNamedMostFrequentOnUpperBoundsAlone()
{
    TokenLogSummary summary;
    summary.configuredMode = SignedIdentities::require;
    summary.tokens = summary.rejected = summary.unknownKidTokens = 1000000;
    summary.unknownKidsApproximate = true;
    summary.kids = {{QStringLiteral("k0996087"), false, 15625, 0, 15625, 0, 15624, std::nullopt},
                    {QStringLiteral("k0996088"), false, 15625, 0, 15625, 0, 15624, std::nullopt}};
    const QStringList conclusions = TokenLogReport::conclusionsOf(summary);
    QVERIFY2(conclusions.contains(QStringLiteral(
                 "100 % of these tokens name a key this configuration does not have, and no one "
                 "kid stands out among them: add the key the website means, or correct the kid "
                 "it sends.")),
             qPrintable(conclusions.join('\n')));

    QVERIFY(!conclusions.join('\n').contains(QLatin1String("most often")));

    // One that surely outnumbers the next is named.
    summary.kids[0].tokens = 400000;
    QVERIFY2(TokenLogReport::conclusionsOf(summary).join('\n').contains(
                 QLatin1String("(most often `k0996087`)")),
             qPrintable(TokenLogReport::conclusionsOf(summary).join('\n')));
}

// Tokens made to live ten minutes: the median lifetime says why they fail.
void TestTokenLogReport::shortLifetimesAreConcluded()
{
    QByteArray log;
    for (int index = 0; index < 3; ++index)
        log += hs256Token("prod",
                         R"({"uuid":"C00000001","iat":)" + QByteArray::number(now) + R"(,"exp":)" +
                             QByteArray::number(now + 600) + "}",
                         prodSecret) +
               '\n';
    const TokenLogSummary summary = reportOf(log, config());
    QCOMPARE(summary.lifetimes.median, 600);
    QVERIFY2(summary.conclusions.contains(QStringLiteral(
                 "Half of the tokens whose lifetime is known live 600 s or less: Engage needs an "
                 "exp at least 3600 s ahead (7200 s recommended), and the website must sign a new "
                 "token before the old one lapses.")),
             qPrintable(summary.conclusions.join(QLatin1Char('\n'))));
}

// exp 2^63 - 1 and iat -1: exp - iat overflows qint64. Lifetimes are counted whatever the
// verdict, so anyone who can put a token in the log could reach this (an unknown kid here).
void TestTokenLogReport::lifetimeBeyondWhatAnIntegerHoldsIsTheLongest()
{
    const QByteArray token = hs256Token(
        "nobody", R"({"uuid":"C00000001","exp":9223372036854775807,"iat":-1})", prodSecret);
    const QByteArray log = token + '\n' +
                           hs256Token("prod",
                                      R"({"uuid":"C00000001","iat":)" + QByteArray::number(now) +
                                          R"(,"exp":)" + QByteArray::number(now + 7200) + "}",
                                      prodSecret) +
                           '\n';
    const TokenLogSummary summary = reportOf(log, config());
    const TokenLogSummary::Lifetimes& lifetimes = summary.lifetimes;
    QCOMPARE(lifetimes.measured, 2);
    QCOMPARE(lifetimes.minimum, std::optional<qint64>(7200));
    QCOMPARE(lifetimes.maximum, std::optional<qint64>(std::numeric_limits<qint64>::max()));
    QCOMPARE(lifetimes.bands.size(), 5);
    QCOMPARE(lifetimes.bands[2].tokens, 1); // 2-4 h
    QCOMPARE(lifetimes.bands[4].tokens, 1); // 24 h or more
}

void TestTokenLogReport::progressCountsBytesUpToTheFileSize()
{
    // Three MiB and more: several chunks, so several calls.
    QByteArray log;
    while (log.size() < 3 * 1024 * 1024)
        log += "not.a.token.at.all.but.a.line.of.some.length.to.fill.the.log.quickly\n";
    QList<qint64> seen;
    std::optional<qint64> total;
    TokenLogReportOptions options;
    options.progress = [&seen, &total](qint64 bytesRead, std::optional<qint64> totalBytes) {
        seen << bytesRead;
        total = totalBytes;
    };
    const TokenLogSummary summary = reportOf(log, config(), options);
    QVERIFY(seen.size() >= 3);
    QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
    QCOMPARE(seen.constLast(), log.size());
    QCOMPARE(total, log.size());
    QCOMPARE(summary.tokens, log.count('\n'));
}

void TestTokenLogReport::cancelStopsTheReadingAndSaysSo()
{
    QByteArray log;
    while (log.size() < 8 * 1024 * 1024)
        log += "not.a.token.at.all.but.a.line.of.some.length.to.fill.the.log.quickly\n";
    std::atomic<bool> cancel{false};
    TokenLogReportOptions options;
    options.cancel = &cancel;
    options.progress = [&cancel](qint64, std::optional<qint64>) { cancel = true; };
    const TokenLogSummary summary = reportOf(log, config(), options);
    QVERIFY(summary.canceled);
    QVERIFY(summary.tokens > 0);
    QVERIFY(summary.tokens < log.count('\n'));
    QVERIFY(summary.bytesRead < log.size());
    QCOMPARE(summary.conclusions.constLast(),
             QStringLiteral("The report was canceled: these figures cover only the part of the "
                            "log read before."));
    QVERIFY(TokenLogText::render(summary).contains(QStringLiteral("Canceled:")));
}

// A million distinct kids, written into a pipe as the report reads it: the log is never on
// disk, and the report keeps at most unknownKidCapacity of them.
void TestTokenLogReport::millionDistinctUnknownKidsStayBounded()
{
    constexpr int tokens = 1000000;
    int fds[2];
    QCOMPARE(::pipe(fds), 0);
    std::thread writer([writeEnd = fds[1]] {
        QByteArray block;
        for (int index = 0; index < tokens; ++index) {
            block += base64Url(R"({"typ":"JWT","alg":"HS256","kid":"k)" + QByteArray::number(index) +
                         R"("})") +
                     ".e30.c2ln\n";
            if (block.size() > 65536 || index + 1 == tokens) {
                qsizetype written = 0;
                while (written < block.size()) {
                    const ssize_t count = ::write(writeEnd, block.constData() + written,
                                                  static_cast<std::size_t>(block.size() - written));
                    if (count <= 0)
                        break;
                    written += count;
                }
                block.clear();
            }
        }
        ::close(writeEnd);
    });
    QFile input;
    QVERIFY(input.open(fds[0], QIODevice::ReadOnly, QFileDevice::AutoCloseHandle));
    TokenLogReportOptions options;
    options.nowUnixSeconds = now;
    options.threads = 2;
    const TokenLogSummary summary = TokenLogReport::run(config(), input, options);
    writer.join();
    QCOMPARE(summary.tokens, tokens);
    QCOMPARE(summary.unknownKidTokens, tokens);
    QVERIFY(summary.unknownKidsApproximate);
    qsizetype unknown = 0;
    for (const TokenLogSummary::KidCount& kid : summary.kids)
        unknown += kid.configured ? 0 : 1;
    QCOMPARE(unknown, TokenLogReport::unknownKidCapacity);
    QVERIFY(summary.conclusions.constLast().contains(QStringLiteral("upper bounds")));
}

void TestTokenLogReport::topKCounterIsExactUntilFullThenBounded()
{
    TopKCounter counter(3);
    for (const char* text : {"a", "b", "a", "c", "a", "b"})
        counter.add(QString::fromLatin1(text));
    QVERIFY(!counter.approximate());
    QCOMPARE(counter.entries().constFirst().text, QStringLiteral("a"));
    QCOMPARE(counter.entries().constFirst().count, 3);
    counter.add(QStringLiteral("d")); // replaces c (count 1): d counts 2, of which 1 may be c's
    QVERIFY(counter.approximate());
    QCOMPARE(counter.size(), 3);
    const QList<TopKCounter::Entry> entries = counter.entries();
    QCOMPARE(entries.last().text, QStringLiteral("d"));
    QCOMPARE(entries.last().count, 2);
    QCOMPARE(entries.last().error, 1);

    TopKCounter left(2);
    TopKCounter right(2);
    left.add(QStringLiteral("x"));
    left.add(QStringLiteral("x"));
    right.add(QStringLiteral("x"));
    right.add(QStringLiteral("y"));
    left.merge(right);
    QVERIFY(!left.approximate());
    QCOMPARE(left.entries().constFirst().text, QStringLiteral("x"));
    QCOMPARE(left.entries().constFirst().count, 3);
    QCOMPARE(left.entries().constLast().count, 1);
}

void TestTokenLogReport::lifetimeMedianIsExactUnderEighteenHours()
{
    LifetimeHistogram histogram;
    for (const qint64 seconds : {3600, 7199, 7200, 7201, 65535})
        histogram.add(seconds);
    QCOMPARE(histogram.median(), 7200);
    QVERIFY(!histogram.medianApproximate());

    LifetimeHistogram long_;
    for (const qint64 seconds : {100000, 1000000, 31536000})
        long_.add(seconds);
    QVERIFY(long_.medianApproximate());
    const qint64 median = *long_.median();
    QVERIFY(median <= 1000000);
    QVERIFY(median > 1000000 - 1000000 / 256);
    QCOMPARE(long_.minimum(), 100000);
    QCOMPARE(long_.maximum(), 31536000);
}

QTEST_GUILESS_MAIN(TestTokenLogReport)
#include "test_token_log_report.moc"
