// engagectl follows the user's language as git and gpg do (LANGUAGE, LC_ALL, LC_MESSAGES,
// LANG): its messages, the core's included, are French with a French locale and English
// otherwise; codes, JSON and exit codes are the same in every language.

#include "support/hs256_tokens.h"
#include "support/process_run.h"
#include "support/test_files.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

#include <memory>

namespace {

using Locale = QList<QPair<QString, QString>>;

const Locale french{{QStringLiteral("LANG"), QStringLiteral("fr_FR.UTF-8")}};
const Locale plain{{QStringLiteral("LANG"), QStringLiteral("C")}};

// engagectl with only the given locale variables set.
Run engagectlIn(const Locale& locale, const QStringList& arguments,
                const QString& standardInputFile = QString())
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"})
        environment.remove(QString::fromLatin1(name));
    for (const auto& [name, value] : locale)
        environment.insert(name, value);
    QProcess process;
    process.setProcessEnvironment(environment);
    if (!standardInputFile.isEmpty())
        process.setStandardInputFile(standardInputFile);
    process.start(QStringLiteral(ENGAGECTL_PATH), arguments);
    if (!process.waitForStarted() || !process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

QString example(const QString& name)
{
    return QStringLiteral(ENGAGE_EXAMPLES_DIR "/") + name;
}

QString text(const QByteArray& utf8)
{
    return QString::fromUtf8(utf8);
}

// A token of the example's key that is accepted with a hint: its uuid does not match the
// regex of the field it is mapped to.
QByteArray acceptedWithAHint()
{
    return hs256Token("prod", R"({"uuid":"v1","exp":1800007200})",
                      QByteArrayLiteral("9aeaf06388b8ab6487d1605b"));
}

} // namespace

class TestEngagectlLanguage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void validateSpeaksTheUsersLanguage();
    void parseErrorsAreFrenchThroughout();
    void verifyJwtRejectsInFrench();
    void helpIsFrench();
    void engagectlsOwnLabelsFollowFrenchTypography_data();
    void engagectlsOwnLabelsFollowFrenchTypography();
    void standardErrorKeepsTheUsersLanguageUnderJson_data();
    void standardErrorKeepsTheUsersLanguageUnderJson();
    void localeVariablesTakeEffectInGettextOrder_data();
    void localeVariablesTakeEffectInGettextOrder();
    void aLanguageWithoutTranslationGetsEnglish();
    void machineReadableOutputIsTheSameInEveryLanguage_data();
    void machineReadableOutputIsTheSameInEveryLanguage();
    void unreadableStandardInputIsEnglishInJson();
    void qtSpeaksTheLanguageTheApplicationSpeaks();

private:
    QTemporaryDir m_dir;
    QString m_trailingComma;
    QString m_tokenLog;                    // one accepted token with a hint, two malformed
    std::unique_ptr<QTemporaryFile> m_log; // the token log of the report row
};

void TestEngagectlLanguage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_trailingComma = m_dir.filePath(QStringLiteral("trailing-comma.json"));
    writeAll(m_trailingComma, "{\"format\": \"engage-messaging-community\",}\n");
    m_tokenLog = m_dir.filePath(QStringLiteral("tokens.txt"));
    writeAll(m_tokenLog, acceptedWithAHint() + "\nnot-a-token\nnot.a.token\n");
}

void TestEngagectlLanguage::validateSpeaksTheUsersLanguage()
{
    const QStringList arguments{QStringLiteral("validate"),
                                example(QStringLiteral("needs-attention.json"))};
    const Run inFrench = engagectlIn(french, arguments);
    QCOMPARE(inFrench.exitCode, 1);
    QVERIFY2(text(inFrench.out)
                 .contains(QStringLiteral("needs-attention.json\u00a0: non valide (4 erreurs, "
                                          "5 avertissements)")),
             inFrench.out.constData());
    // The diagnostics' codes and places are the same ("FILE:LINE:COLUMN: ", for editors); their
    // words are French, with a non-breaking space before the colon.
    QVERIFY2(text(inFrench.out).contains(QStringLiteral(": erreur\u00a0: ")) &&
                 text(inFrench.out).contains(QStringLiteral("[key_id_invalid à ")),
             inFrench.out.constData());

    const Run inEnglish = engagectlIn(plain, arguments);
    QCOMPARE(inEnglish.exitCode, 1);
    QVERIFY2(inEnglish.out.contains("needs-attention.json: invalid (4 errors, 5 warnings)"),
             inEnglish.out.constData());
    QVERIFY(inFrench.out != inEnglish.out);
}

void TestEngagectlLanguage::parseErrorsAreFrenchThroughout()
{
    const Run inFrench = engagectlIn(french, {QStringLiteral("validate"), m_trailingComma});
    QCOMPARE(inFrench.exitCode, 1);
    QVERIFY2(text(inFrench.out)
                 .contains(QStringLiteral(
                     "Le fichier n'est pas du JSON valide\u00a0: ligne 1, colonne 41\u00a0: une "
                     "virgule avant '}' n'est pas autorisée (supprimez la virgule finale).")),
             inFrench.out.constData());

    const Run inEnglish = engagectlIn(plain, {QStringLiteral("validate"), m_trailingComma});
    QVERIFY2(inEnglish.out.contains("The file is not valid JSON: line 1, column 41: a comma "
                                    "before '}' is not allowed (remove the trailing comma)."),
             inEnglish.out.constData());

    // The configuration of a command that needs one says the same, in the same words.
    const Run config =
        engagectlIn(french, {QStringLiteral("verify-jwt"), QStringLiteral("--config"),
                             m_trailingComma, QStringLiteral("x.y.z")});
    QCOMPARE(config.exitCode, 1);
    QVERIFY2(text(config.err)
                 .contains(QStringLiteral(
                     "n'est pas du JSON valide\u00a0: ligne 1, colonne 41\u00a0: une virgule")),
             config.err.constData());
}

void TestEngagectlLanguage::verifyJwtRejectsInFrench()
{
    const QStringList arguments{QStringLiteral("verify-jwt"), QStringLiteral("--config"),
                                example(QStringLiteral("website-chat.json")),
                                QStringLiteral("not-a-token")};
    const Run inFrench = engagectlIn(french, arguments);
    const Run inEnglish = engagectlIn(plain, arguments);
    QCOMPARE(inFrench.exitCode, 1);
    QCOMPARE(inEnglish.exitCode, inFrench.exitCode);
    QVERIFY2(text(inFrench.out).contains(QStringLiteral("Rejeté (malformed_token)\u00a0: ")),
             inFrench.out.constData());
    QVERIFY2(inEnglish.out.contains("Rejected (malformed_token): "), inEnglish.out.constData());
}

void TestEngagectlLanguage::helpIsFrench()
{
    const Run overview = engagectlIn(french, {QStringLiteral("--help")});
    QCOMPARE(overview.exitCode, 0);
    QVERIFY2(text(overview.out).contains(QStringLiteral("Commandes\u00a0:")),
             overview.out.constData());
    const Run validateHelp =
        engagectlIn(french, {QStringLiteral("validate"), QStringLiteral("--help")});
    QCOMPARE(validateHelp.exitCode, 0);
    QVERIFY2(
        text(validateHelp.out).startsWith(QStringLiteral("Utilisation\u00a0: engagectl validate")),
        validateHelp.out.constData());
    QVERIFY2(text(validateHelp.out).contains(QStringLiteral("Afficher cette aide.")),
             validateHelp.out.constData());
}

void TestEngagectlLanguage::engagectlsOwnLabelsFollowFrenchTypography_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("onStandardError");
    QTest::addColumn<QString>("expected");
    const QString invalid = example(QStringLiteral("needs-attention.json"));
    const QString valid = example(QStringLiteral("website-chat.json"));
    QTest::newRow("validate: a diagnostic")
        << QStringList{QStringLiteral("validate"), invalid} << false
        << QStringLiteral("needs-attention.json:9:24: avertissement\u00a0: Accepter admet");
    QTest::newRow("validate: a diagnostic's code and path")
        << QStringList{QStringLiteral("validate"), invalid} << false
        << QStringLiteral(" [accept_mode_not_recommended à /signed_identities]\n");
    QTest::newRow("validate: a file that cannot be read")
        << QStringList{QStringLiteral("validate"), m_dir.path()} << true
        << QStringLiteral("engagectl validate\u00a0: %1 est un dossier, et non un fichier.\n")
               .arg(m_dir.path());
    QTest::newRow("verify-jwt: a hint")
        << QStringList{QStringLiteral("verify-jwt"),
                       QStringLiteral("--config"),
                       valid,
                       QStringLiteral("--now"),
                       QStringLiteral("1800000000"),
                       QString::fromLatin1(acceptedWithAHint())}
        << false << QStringLiteral("\nindice\u00a0: La valeur «\u00a0v1\u00a0»");
    QTest::newRow("check-key") << QStringList{QStringLiteral("check-key"),
                                              QStringLiteral("--algorithm"),
                                              QStringLiteral("HS256"), QStringLiteral("short")}
                               << false
                               << QStringLiteral("clé\u00a0: erreur\u00a0: Le secret doit compter");
    QTest::newRow("report: a count")
        << QStringList{QStringLiteral("report"), QStringLiteral("--config"),   valid,
                       QStringLiteral("--now"),  QStringLiteral("1800000000"), m_tokenLog}
        << false << QStringLiteral("\n  malformed_token\u00a0: 2\n");
    QTest::newRow("report: a key")
        << QStringList{QStringLiteral("report"), QStringLiteral("--config"),   valid,
                       QStringLiteral("--now"),  QStringLiteral("1800000000"), m_tokenLog}
        << false
        << QStringLiteral("\n  prod (configurée)\u00a0: jetons 1, acceptés 1, rejetés 0, "
                          "signature valide 1\u00a0; exp le plus tardif\u00a0: ");
}

void TestEngagectlLanguage::engagectlsOwnLabelsFollowFrenchTypography()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, onStandardError);
    QFETCH(QString, expected);
    const Run inFrench = engagectlIn(french, arguments);
    const QString shown = text(onStandardError ? inFrench.err : inFrench.out);
    QVERIFY2(shown.contains(expected), qPrintable(shown));
    // No label glued by code with an ASCII colon: "engagectl validate: ", "error: ", "hint: ".
    QVERIFY2(!shown.contains(QRegularExpression(QStringLiteral("(engagectl [a-z-]+|error|warning|"
                                                               "erreur|avertissement|indice|"
                                                               "hint): "))),
             qPrintable(shown));
}

void TestEngagectlLanguage::standardErrorKeepsTheUsersLanguageUnderJson_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expectedError");
    const QString missing = m_dir.filePath(QStringLiteral("missing.json"));
    const QString missingShown = QStringLiteral("Impossible d'ouvrir %1\u00a0: ").arg(missing);
    QTest::newRow("validate --json, a missing file")
        << QStringList{QStringLiteral("validate"), QStringLiteral("--json"), missing}
        << QStringLiteral("engagectl validate\u00a0: ") + missingShown;
    // The configuration's diagnostics on standard error are French; the verdict JSON is not.
    QTest::newRow("verify-jwt --json, a configuration with errors")
        << QStringList{QStringLiteral("verify-jwt"), QStringLiteral("--config"),
                       example(QStringLiteral("needs-attention.json")), QStringLiteral("--json"),
                       QStringLiteral("not-a-token")}
        << QStringLiteral(": erreur\u00a0: ");
    QTest::newRow("verify-jwt --json, a missing configuration")
        << QStringList{QStringLiteral("verify-jwt"), QStringLiteral("--config"), missing,
                       QStringLiteral("--json"), QStringLiteral("not-a-token")}
        << QStringLiteral("engagectl verify-jwt\u00a0: ") + missingShown;
    QTest::newRow("verify-jwt --json, a usage error")
        << QStringList{QStringLiteral("verify-jwt"), QStringLiteral("--json")}
        << QStringLiteral("Lancez «\u00a0engagectl verify-jwt --help\u00a0»");
    QTest::newRow("check-key --json, a missing key file")
        << QStringList{QStringLiteral("check-key"), QStringLiteral("--algorithm"),
                       QStringLiteral("RS256"), QStringLiteral("--json"),
                       QStringLiteral("keys/prod.pem")}
        << QStringLiteral("engagectl check-key\u00a0: keys/prod.pem n'existe pas");
    QTest::newRow("report --format json, a missing token log")
        << QStringList{QStringLiteral("report"),
                       QStringLiteral("--config"),
                       example(QStringLiteral("website-chat.json")),
                       QStringLiteral("--format"),
                       QStringLiteral("json"),
                       missing}
        << QStringLiteral("engagectl report\u00a0: ") + missingShown;
    // Reading a process's own memory fails with EIO after a successful open: an error met
    // half-way through a run whose verdicts are English.
    const QString unreadable = QStringLiteral("/proc/self/mem");
    QTest::newRow("verify-jwt --batch, a read error half-way")
        << QStringList{QStringLiteral("verify-jwt"), QStringLiteral("--config"),
                       example(QStringLiteral("website-chat.json")), QStringLiteral("--batch"),
                       unreadable}
        << QStringLiteral("engagectl verify-jwt\u00a0: Les jetons n'ont pas pu être lus\u00a0: ");
    QTest::newRow("report --format json, a read error half-way")
        << QStringList{QStringLiteral("report"),
                       QStringLiteral("--config"),
                       example(QStringLiteral("website-chat.json")),
                       QStringLiteral("--format"),
                       QStringLiteral("json"),
                       unreadable}
        << QStringLiteral("engagectl report\u00a0: Les jetons n'ont pas pu être lus jusqu'au "
                          "bout\u00a0: ");
    // The reason too, not only the words around it: under --json it is had in English for the
    // JSON, and again in French for standard error.
    QTest::newRow("inspect-jwt --json, not a token")
        << QStringList{QStringLiteral("inspect-jwt"), QStringLiteral("--json"),
                       QStringLiteral("garbage")}
        << QStringLiteral("le jeton ne peut pas être décodé\u00a0: Un jeton est formé de trois "
                          "segments base64url");
}

void TestEngagectlLanguage::standardErrorKeepsTheUsersLanguageUnderJson()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expectedError);
    const Run inFrench = engagectlIn(french, arguments);
    const Run inEnglish = engagectlIn(plain, arguments);
    QVERIFY2(text(inFrench.err).contains(expectedError), inFrench.err.constData());
    QVERIFY(inFrench.err != inEnglish.err);
    // Standard output, the machine's, is the same bytes in both.
    QCOMPARE(inFrench.exitCode, inEnglish.exitCode);
    QCOMPARE(inFrench.out, inEnglish.out);
}

void TestEngagectlLanguage::localeVariablesTakeEffectInGettextOrder_data()
{
    QTest::addColumn<Locale>("locale");
    QTest::addColumn<bool>("expectFrench");
    const QString fr = QStringLiteral("fr_FR.UTF-8");
    const QString c = QStringLiteral("C");
    QTest::newRow("LANG") << Locale{{QStringLiteral("LANG"), fr}} << true;
    QTest::newRow("LC_MESSAGES over LANG")
        << Locale{{QStringLiteral("LANG"), c}, {QStringLiteral("LC_MESSAGES"), fr}} << true;
    QTest::newRow("LC_ALL over LC_MESSAGES")
        << Locale{{QStringLiteral("LC_MESSAGES"), fr}, {QStringLiteral("LC_ALL"), c}} << false;
    QTest::newRow("LANGUAGE over LANG")
        << Locale{{QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8")},
                  {QStringLiteral("LANGUAGE"), QStringLiteral("fr")}}
        << true;
}

void TestEngagectlLanguage::localeVariablesTakeEffectInGettextOrder()
{
    QFETCH(Locale, locale);
    QFETCH(bool, expectFrench);
    const Run result = engagectlIn(
        locale, {QStringLiteral("validate"), example(QStringLiteral("website-chat.json"))});
    QCOMPARE(result.exitCode, 0);
    const QByteArray expected =
        expectFrench ? QStringLiteral(": valide (0 erreur, 0 avertissement)").toUtf8()
                     : QByteArray(": valid (0 errors, 0 warnings)");
    QVERIFY2(result.out.contains(expected), result.out.constData());
}

void TestEngagectlLanguage::aLanguageWithoutTranslationGetsEnglish()
{
    const Run result =
        engagectlIn({{QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8")}},
                    {QStringLiteral("validate"), example(QStringLiteral("needs-attention.json"))});
    QCOMPARE(result.exitCode, 1);
    // English plural forms, not the "(s)" of the source text.
    QVERIFY2(result.out.contains("needs-attention.json: invalid (4 errors, 5 warnings)"),
             result.out.constData());
    // Qt's own texts in the help are English too: no message mixes two languages.
    const Run help = engagectlIn({{QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8")}},
                                 {QStringLiteral("validate"), QStringLiteral("--help")});
    QVERIFY2(help.out.contains("\nOptions:\n"), help.out.constData());
}

void TestEngagectlLanguage::machineReadableOutputIsTheSameInEveryLanguage_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString invalid = example(QStringLiteral("needs-attention.json"));
    const QString valid = example(QStringLiteral("website-chat.json"));
    // A token of the example's key, and a log where one token in three is accepted: the
    // report's conclusions hold a share with a decimal ("33.3 %"), the wrapped token's hint a
    // list ("a \"Bearer \" prefix, quotes and white space").
    const QByteArray token = hs256Token("prod", R"({"uuid":"v1","exp":1800007200})",
                                        QByteArrayLiteral("9aeaf06388b8ab6487d1605b"));
    m_log = std::make_unique<QTemporaryFile>();
    QVERIFY(m_log->open());
    m_log->write(token + "\nnot-a-token\nnot.a.token\n");
    m_log->flush();
    QTest::newRow("report --format json") << QStringList{QStringLiteral("report"),
                                                         QStringLiteral("--config"),
                                                         valid,
                                                         QStringLiteral("--now"),
                                                         QStringLiteral("1800000000"),
                                                         QStringLiteral("--format"),
                                                         QStringLiteral("json"),
                                                         m_log->fileName()};
    QTest::newRow("verify-jwt --json, a wrapped token")
        << QStringList{QStringLiteral("verify-jwt"),
                       QStringLiteral("--config"),
                       valid,
                       QStringLiteral("--now"),
                       QStringLiteral("1800000000"),
                       QStringLiteral("--json"),
                       QStringLiteral("\"Bearer %1 \"").arg(QString::fromLatin1(token))};
    QTest::newRow("validate --json")
        << QStringList{QStringLiteral("validate"), QStringLiteral("--json"), invalid};
    QTest::newRow("verify-jwt --json")
        << QStringList{QStringLiteral("verify-jwt"), QStringLiteral("--config"), valid,
                       QStringLiteral("--json"), QStringLiteral("not-a-token")};
    QTest::newRow("check-key --json")
        << QStringList{QStringLiteral("check-key"), QStringLiteral("--algorithm"),
                       QStringLiteral("HS256"), QStringLiteral("--json"), QStringLiteral("short")};
}

void TestEngagectlLanguage::machineReadableOutputIsTheSameInEveryLanguage()
{
    QFETCH(QStringList, arguments);
    const Run inFrench = engagectlIn(french, arguments);
    const Run inEnglish = engagectlIn(plain, arguments);
    const Run inGerman =
        engagectlIn({{QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8")}}, arguments);
    QVERIFY(!inEnglish.out.isEmpty());
    QCOMPARE(inFrench.exitCode, inEnglish.exitCode);
    QCOMPARE(inFrench.out, inEnglish.out);
    QCOMPARE(inGerman.out, inEnglish.out);
}

// Standard input cannot be read twice: under --json the reason it failed is had once, in
// English, for the JSON (a directory given as standard input fails to read).
void TestEngagectlLanguage::unreadableStandardInputIsEnglishInJson()
{
    const QStringList arguments{QStringLiteral("validate"), QStringLiteral("--json"),
                                QStringLiteral("-")};
    const Run inFrench = engagectlIn(french, arguments, m_dir.path());
    const Run inEnglish = engagectlIn(plain, arguments, m_dir.path());
    QCOMPARE(inFrench.exitCode, 2);
    QCOMPARE(inEnglish.exitCode, 2);
    QVERIFY2(inEnglish.out.contains("\"error\":\""), inEnglish.out.constData());
    QCOMPARE(inFrench.out, inEnglish.out);
}

// LANGUAGE=de:fr: engagectl has no German, so French; Qt's own messages (the option parser's)
// follow it into French rather than taking the first language Qt has.
void TestEngagectlLanguage::qtSpeaksTheLanguageTheApplicationSpeaks()
{
    const Locale germanThenFrench{{QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8")},
                                  {QStringLiteral("LANGUAGE"), QStringLiteral("de:fr")}};
    const Run run =
        engagectlIn(germanThenFrench, {QStringLiteral("validate"), QStringLiteral("--bogus")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(text(run.err).contains(QStringLiteral("inconnue")), run.err.constData());
    QVERIFY2(!run.err.contains("Unbekannte"), run.err.constData());
}

QTEST_GUILESS_MAIN(TestEngagectlLanguage)
#include "test_engagectl_language.moc"
