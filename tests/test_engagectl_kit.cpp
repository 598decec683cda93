// engagectl kit (docs/engagectl.md) as scripts see it: run through QProcess, judged by exit code,
// standard output, standard error and the file written.

#include "support/process_run.h"
#include "support/test_files.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString exampleFile =
    QStringLiteral(ENGAGE_EXAMPLES_DIR) + QStringLiteral("/website-chat.json");
const QByteArray exampleSecret = "9aeaf06388b8ab6487d1605b";

} // namespace

class TestEngagectlKit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void htmlOnStandardOutputByDefault();
    void markdownIntoAFile();
    void includeSecretWritesAnOwnerOnlyFile();
    void unknownKeyExitsOneAndNamesTheKeys();
    void invalidConfigurationIsRefused();
    void redactedFileMakesAKitWithoutTheSecret();
    void usageErrors_data();
    void usageErrors();
    void helpListsTheOptions();

private:
    QTemporaryDir m_dir;
};

void TestEngagectlKit::htmlOnStandardOutputByDefault()
{
    const Run run = engagectl({QStringLiteral("kit"), QStringLiteral("--config"), exampleFile,
                               QStringLiteral("--kid"), QStringLiteral("prod")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith("<!DOCTYPE html>"));
    QVERIFY(run.out.contains("<h1>Signed identities for the Engage chat: the integration kit of "
                             "key prod</h1>"));
    QVERIFY(!run.out.contains(exampleSecret));
    QVERIFY(run.err.isEmpty());
}

void TestEngagectlKit::markdownIntoAFile()
{
    const QString path = m_dir.filePath(QStringLiteral("kit.md"));
    const Run run =
        engagectl({QStringLiteral("kit"), QStringLiteral("--config"), exampleFile,
                   QStringLiteral("--kid"), QStringLiteral("rsa_2026"), QStringLiteral("--format"),
                   QStringLiteral("markdown"), QStringLiteral("--out"), path});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.err, QByteArray("Wrote " + path.toUtf8() + ".\n"));
    const QByteArray kit = readAll(path);
    QVERIFY(kit.startsWith("# Signed identities for the Engage chat"));
    QVERIFY(kit.contains("  \"alg\": \"RS256\",\n  \"kid\": \"rsa_2026\""));
    QVERIFY(kit.contains("ENGAGE\\_JWT\\_PRIVATE\\_KEY\\_FILE"));

    // An RS256 key has no secret: asked for one, the kit says so.
    const QString rsaPath = m_dir.filePath(QStringLiteral("kit-rsa.md"));
    const Run asked =
        engagectl({QStringLiteral("kit"), QStringLiteral("--config"), exampleFile,
                   QStringLiteral("--kid"), QStringLiteral("rsa_2026"),
                   QStringLiteral("--include-secret"), QStringLiteral("--out"), rsaPath});
    QCOMPARE(asked.exitCode, 0);
    QVERIFY2(asked.err.startsWith("engagectl kit: key rsa_2026 is RS256: it has no secret to "
                                  "include, and the kit never holds a private key.\n"),
             asked.err.constData());
    QVERIFY(!readAll(rsaPath).contains("PRIVATE KEY-----"));
}

void TestEngagectlKit::includeSecretWritesAnOwnerOnlyFile()
{
    // A file already there, readable by all, is replaced by one readable by its owner only.
    const QString path = m_dir.filePath(QStringLiteral("kit-secret.html"));
    {
        QFile existing(path);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        QVERIFY(existing.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                        QFile::ReadOther));
    }
    const Run run = engagectl({QStringLiteral("kit"), QStringLiteral("--config"), exampleFile,
                               QStringLiteral("--kid"), QStringLiteral("prod"),
                               QStringLiteral("--include-secret"), QStringLiteral("--out"), path});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.contains("with the secret of key prod, readable by you only."));
    const QByteArray page = readAll(path);
    QVERIFY(page.contains("<td>" + exampleSecret + "</td>"));
    QVERIFY(page.indexOf("This kit holds the secret of key prod") < page.indexOf("<table>"));
    QCOMPARE(QFileInfo(path).permissions() &
                 (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());

    // On standard output there is no file, so the kit claims none was created.
    const Run printed = engagectl({QStringLiteral("kit"), QStringLiteral("--config"), exampleFile,
                                   QStringLiteral("--kid"), QStringLiteral("prod"),
                                   QStringLiteral("--include-secret")});
    QCOMPARE(printed.exitCode, 0);
    QVERIFY(printed.out.contains("This kit holds the secret of key prod"));
    QVERIFY2(!printed.out.contains("the file was created"), printed.out.constData());
}

void TestEngagectlKit::unknownKeyExitsOneAndNamesTheKeys()
{
    const Run run = engagectl({QStringLiteral("kit"), QStringLiteral("--config"), exampleFile,
                               QStringLiteral("--kid"), QStringLiteral("staging")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.err, QByteArray("engagectl kit: The configuration has no JWT key \"staging\"; "
                                 "choose one of its keys: prod, rsa_2026.\n"));
}

void TestEngagectlKit::invalidConfigurationIsRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("invalid.json"));
    QByteArray text = readAll(exampleFile);
    text.replace("\"id\": \"prod\"", "\"id\": \"Prod key\"");
    writeAll(path, text);
    const Run run = engagectl({QStringLiteral("kit"), QStringLiteral("--config"), path,
                               QStringLiteral("--kid"), QStringLiteral("Prod key")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains("key_id_invalid"), run.err.constData());
    QVERIFY(run.err.contains("fix them before handing a kit to the website team."));
}

void TestEngagectlKit::redactedFileMakesAKitWithoutTheSecret()
{
    const QString redacted = m_dir.filePath(QStringLiteral("redacted.json"));
    QCOMPARE(engagectl({QStringLiteral("export"), exampleFile, QStringLiteral("--out"), redacted,
                        QStringLiteral("--redact-secrets")})
                 .exitCode,
             0);
    const Run kit = engagectl({QStringLiteral("kit"), QStringLiteral("--config"), redacted,
                               QStringLiteral("--kid"), QStringLiteral("prod")});
    QCOMPARE(kit.exitCode, 0);
    QVERIFY(kit.out.contains("ENGAGE_JWT_SECRET"));
    const Run withSecret = engagectl({QStringLiteral("kit"), QStringLiteral("--config"), redacted,
                                      QStringLiteral("--kid"), QStringLiteral("prod"),
                                      QStringLiteral("--include-secret")});
    QCOMPARE(withSecret.exitCode, 1);
    QVERIFY(withSecret.out.isEmpty());
    QVERIFY2(withSecret.err.contains("The secret of the JWT key \"prod\" is not in this file"),
             withSecret.err.constData());
}

void TestEngagectlKit::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("no kid") << QStringList{QStringLiteral("--config"), exampleFile}
                            << QByteArray("--config FILE and --kid ID are required.");
    QTest::newRow("unknown format")
        << QStringList{QStringLiteral("--config"), exampleFile,
                       QStringLiteral("--kid"),    QStringLiteral("prod"),
                       QStringLiteral("--format"), QStringLiteral("pdf")}
        << QByteArray("--format takes html or markdown.");
    QTest::newRow("empty out") << QStringList{QStringLiteral("--config"), exampleFile,
                                              QStringLiteral("--kid"),    QStringLiteral("prod"),
                                              QStringLiteral("--out"),    QString()}
                               << QByteArray("--out needs a file name.");
}

void TestEngagectlKit::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);
    const Run run = engagectl(QStringList{QStringLiteral("kit")} + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), run.err.constData());
}

void TestEngagectlKit::helpListsTheOptions()
{
    const Run run = engagectl({QStringLiteral("kit"), QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    for (const char* option : {"--config", "--kid", "--format", "--out", "--include-secret"})
        QVERIFY2(run.out.contains(option), option);
    const Run overview = engagectl({QStringLiteral("--help")});
    QVERIFY(overview.out.contains("  kit "));
}

QTEST_GUILESS_MAIN(TestEngagectlKit)
#include "test_engagectl_kit.moc"
