// engagectl report through QProcess (docs/engagectl.md): the three formats, standard input, --out
// written whole, exit 0 whatever the verdicts, 2 on usage and input errors.

#include "support/process_run.h"
#include "support/test_files.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

const QByteArray secret = "9aeaf06388b8ab6487d1605b";
constexpr qint64 now = 1800000000;
const QString nowText = QString::number(now);

QByteArray encoded(const QByteArray& bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray token(const QByteArray& kid, qint64 exp)
{
    const QByteArray signingInput =
        encoded(R"({"typ":"JWT","alg":"HS256","kid":")" + kid + R"("})") + '.' +
        encoded(R"({"uuid":"visitor-42","iat":)" + QByteArray::number(now) + R"(,"exp":)" +
                QByteArray::number(exp) + "}");
    return signingInput + '.' +
           encoded(
               QMessageAuthenticationCode::hash(signingInput, secret, QCryptographicHash::Sha256));
}

// Three accepted tokens for "prod", one expired, one for a kid nobody configured, one malformed.
const QByteArray tokenLog = token("prod", now + 7200) + '\n' + token("prod", now + 7200) + '\n' +
                            token("prod", now + 7200) + "\r\n\n" + token("prod", now + 60) + '\n' +
                            token("ghost", now + 7200) + "\nnot a token\n";

QJsonObject parseObject(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestEngagectlReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helpNamesEveryOption();
    void textReportEndsWithTheConclusions();
    void jsonFromStandardInputCountsEveryToken();
    void htmlWrittenWithOutIsOneParsablePage();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void missingLogExitsTwo();
    void unreadableLogExitsTwo();

private:
    QStringList reportArguments(const QStringList& more) const;

    QTemporaryDir m_dir;
    QString m_config;
    QString m_log;
};

void TestEngagectlReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_config = m_dir.filePath(QStringLiteral("config.json"));
    writeAll(m_config, R"({"format": "engage-messaging-community", "version": 1,
        "signed_identities": "require",
        "jwt_keys": [{"id": "prod", "algorithm": "HS256", "secret": ")" +
                           secret + R"("},
                     {"id": "old_key", "algorithm": "HS256", "secret": "0123456789abcdef01234567"}]})");
    m_log = m_dir.filePath(QStringLiteral("tokens.log"));
    writeAll(m_log, tokenLog);
}

QStringList TestEngagectlReport::reportArguments(const QStringList& more) const
{
    return QStringList{QStringLiteral("report"), QStringLiteral("--config"), m_config,
                       QStringLiteral("--now"), nowText} +
           more;
}

void TestEngagectlReport::helpNamesEveryOption()
{
    const Run result = engagectl({QStringLiteral("report"), QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    for (const char* option : {"--config", "--now", "--format", "--out", "--threads", "TOKENS|-"})
        QVERIFY2(result.out.contains(option), option);
    const Run overview = engagectl({QStringLiteral("--help")});
    QVERIFY(overview.out.contains("report"));
}

void TestEngagectlReport::textReportEndsWithTheConclusions()
{
    // NOLINTBEGIN(bugprone-suspicious-missing-comma): expected lines written over two lines
    const Run result = engagectl(reportArguments({m_log}));
    QCOMPARE(result.exitCode, 0); // rejected tokens are findings, not failures
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    const QList<QByteArray> lines = result.out.split('\n');
    QCOMPARE(lines.constFirst(), QByteArray("Token log report: 6 tokens, 3 accepted, 3 rejected."));
    QVERIFY(lines.contains("  prod (configured): tokens 4, accepted 3, rejected 1, valid signature "
                           "4; latest exp: 2027-01-15 10:00:00 UTC (1800007200)"));
    const qsizetype conclusions = lines.indexOf("Conclusions:");
    QVERIFY(conclusions > 0);
    QCOMPARE(lines.mid(conclusions + 1),
             (QList<QByteArray>{
                 "  Require would accept 50 % of these identities (3 of 6 tokens).",
                 "  Key `prod` still signs 66.7 % of these tokens: keep it.",
                 "  Key `old_key` was not seen in these 6 tokens: it can be removed once you are "
                 "sure the website no longer uses it; a report over a log of several days that "
                 "still does not see it shows that.",
                 "  16.7 % of these tokens name a key this configuration does not have (most "
                 "often `ghost`): add that key, or correct the kid the website sends.",
                 "  The most frequent probable cause is exp_lifetime_short (16.7 % of these "
                 "tokens): verify one of them (engagectl verify-jwt, or the JWT workbench) to "
                 "read what to change.",
                 ""}));
    // NOLINTEND(bugprone-suspicious-missing-comma)
}

void TestEngagectlReport::jsonFromStandardInputCountsEveryToken()
{
    const Run result = engagectl(
        reportArguments({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-")}),
        tokenLog);
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.endsWith("}\n"));
    QCOMPARE(result.out.count('\n'), 1);
    const QJsonObject report = parseObject(result.out);
    QCOMPARE(report.value(QStringLiteral("tokens")).toInt(), 6);
    QCOMPARE(report.value(QStringLiteral("accepted")).toInt(), 3);
    QCOMPARE(report.value(QStringLiteral("rejected")).toInt(), 3);
    const QJsonObject reasons = report.value(QStringLiteral("reasons")).toObject();
    QCOMPARE(reasons.value(QStringLiteral("malformed_token")).toInt(), 1);
    QCOMPARE(reasons.value(QStringLiteral("unknown_kid")).toInt(), 1);
    QCOMPARE(reasons.value(QStringLiteral("exp_too_soon")).toInt(), 1);
    QCOMPARE(report.value(QStringLiteral("hints"))
                 .toObject()
                 .value(QStringLiteral("exp_lifetime_short"))
                 .toInt(),
             1);
    const QJsonArray kids = report.value(QStringLiteral("kids")).toArray();
    QCOMPARE(kids.size(), 3);
    QCOMPARE(kids[0].toObject().value(QStringLiteral("kid")).toString(), QStringLiteral("prod"));
    QCOMPARE(kids[0].toObject().value(QStringLiteral("tokens")).toInt(), 4);
    QCOMPARE(kids[1].toObject().value(QStringLiteral("tokens")).toInt(), 0);
    QCOMPARE(kids[2].toObject().value(QStringLiteral("kid")).toString(), QStringLiteral("ghost"));
    QCOMPARE(kids[2].toObject().value(QStringLiteral("configured")).toBool(), false);
    const QJsonObject lifetimes = report.value(QStringLiteral("lifetimes")).toObject();
    QCOMPARE(lifetimes.value(QStringLiteral("measured")).toInt(), 5);
    QCOMPARE(lifetimes.value(QStringLiteral("min")).toInt(), 60);
    QCOMPARE(lifetimes.value(QStringLiteral("median")).toInt(), 7200);
    QCOMPARE(report.value(QStringLiteral("bytes_read")).toInt(), tokenLog.size());
}

void TestEngagectlReport::htmlWrittenWithOutIsOneParsablePage()
{
    const QString out = m_dir.filePath(QStringLiteral("report.html"));
    writeAll(out, "an older report");
    const Run result = engagectl(reportArguments(
        {QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("--out"), out, m_log}));
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.isEmpty());
    const QByteArray html = readAll(out);
    QVERIFY(html.startsWith("<!DOCTYPE html>"));
    QXmlStreamReader reader(html);
    int charts = 0;
    bool titled = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == QLatin1String("svg"))
            ++charts;
        if (reader.isStartElement() && reader.name() == QLatin1String("h1"))
            titled = reader.readElementText() == QStringLiteral("Token log report: tokens.log");
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QCOMPARE(charts, 3);
    QVERIFY(titled);
    // Written through a temporary file renamed over the target: nothing else is left beside it.
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("report.html*")}, QDir::Files).size(), 1);
}

void TestEngagectlReport::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("no --config") << QStringList{QStringLiteral("report"), QStringLiteral("x")}
                                 << QByteArray("--config FILE is required.");
    QTest::newRow("no log") << QStringList{QStringLiteral("report"), QStringLiteral("--config"),
                                           QStringLiteral("c.json")}
                            << QByteArray("give one token log");
    QTest::newRow("bad format") << QStringList{QStringLiteral("report"), QStringLiteral("--config"),
                                               QStringLiteral("c.json"), QStringLiteral("--format"),
                                               QStringLiteral("pdf"),    QStringLiteral("x")}
                                << QByteArray("--format takes text, json or html.");
    QTest::newRow("stdin twice") << QStringList{QStringLiteral("report"),
                                                QStringLiteral("--config"), QStringLiteral("-"),
                                                QStringLiteral("-")}
                                 << QByteArray("standard input");
}

void TestEngagectlReport::usageErrorsExitTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);
    const Run result = engagectl(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), result.err.constData());
    QVERIFY(result.out.isEmpty());
}

void TestEngagectlReport::missingLogExitsTwo()
{
    const Run result = engagectl(reportArguments({m_dir.filePath(QStringLiteral("absent.log"))}));
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("absent.log"), result.err.constData());
    QVERIFY(result.out.isEmpty());
}

// Reading a process's own memory from its start fails with EIO on Linux: a read error after a
// successful open, as a failing disk would give. No report is printed from part of the log.
void TestEngagectlReport::unreadableLogExitsTwo()
{
    const Run result = engagectl(reportArguments({QStringLiteral("/proc/self/mem")}));
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("The tokens could not be read to the end"),
             result.err.constData());
    QVERIFY(result.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestEngagectlReport)
#include "test_engagectl_report.moc"
