// UntrustedText::forDisplay: text from files, tokens and servers as people may see it, with
// nothing left that could drive a terminal or reorder a line, and cut to a length.

#include "text/untrusted_text.h"

#include <QTest>

using namespace engage;

class TestUntrustedText : public QObject
{
    Q_OBJECT

private slots:
    void escapesWhatCouldDriveATerminal_data();
    void escapesWhatCouldDriveATerminal();
    void cutsToTheLengthWithTheEllipsis_data();
    void cutsToTheLengthWithTheEllipsis();
    void quotedTextCannotCloseItsQuotes_data();
    void quotedTextCannotCloseItsQuotes();
};

void TestUntrustedText::escapesWhatCouldDriveATerminal_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain text unchanged")
        << QStringLiteral("prod_2026 \"a\\b\" <x>") << QStringLiteral("prod_2026 \"a\\b\" <x>");
    QTest::newRow("non-ASCII text unchanged")
        << QString::fromUtf8("Soci\xc3\xa9t\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80")
        << QString::fromUtf8("Soci\xc3\xa9t\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("cursor up, erase line, carriage return")
        << QStringLiteral("a\x1b[1A\x1b[2K\rb") << QStringLiteral("a\\u001b[1A\\u001b[2K\\u000db");
    QTest::newRow("line feed and tab")
        << QStringLiteral("a\nb\tc") << QStringLiteral("a\\u000ab\\u0009c");
    QTest::newRow("NUL, BEL, backspace")
        << QString(QChar(0)) + QStringLiteral("\a\b") << QStringLiteral("\\u0000\\u0007\\u0008");
    QTest::newRow("DEL") << QStringLiteral("x\x7f") << QStringLiteral("x\\u007f");
    QTest::newRow("C1 CSI U+009B")
        << QString(QChar(0x9b)) + QStringLiteral("2K") << QStringLiteral("\\u009b2K");
    QTest::newRow("C1 bounds") << QString(QChar(0x80)) + QChar(0x85) + QChar(0x9f) + QChar(0xa0)
                               << QStringLiteral("\\u0080\\u0085\\u009f") + QChar(0xa0);
    QTest::newRow("right-to-left override U+202E")
        << QStringLiteral("abc") + QChar(0x202e) + QStringLiteral("fdp.exe")
        << QStringLiteral("abc\\u202efdp.exe");
    QTest::newRow("bidi embeddings and isolates")
        << QString(QChar(0x202a)) + QChar(0x202b) + QChar(0x202c) + QChar(0x202d) + QChar(0x2066) +
               QChar(0x2067) + QChar(0x2068) + QChar(0x2069)
        << QStringLiteral("\\u202a\\u202b\\u202c\\u202d\\u2066\\u2067\\u2068\\u2069");
    QTest::newRow("bidi marks") << QString(QChar(0x200e)) + QChar(0x200f) + QChar(0x061c)
                                << QStringLiteral("\\u200e\\u200f\\u061c");
    QTest::newRow("line and paragraph separators")
        << QString(QChar(0x2028)) + QChar(0x2029) << QStringLiteral("\\u2028\\u2029");
    QTest::newRow("zero-width joiner kept") << QString(QChar(0x200d)) << QString(QChar(0x200d));
    QTest::newRow("lone surrogates") << QString(QChar(0xd83d)) + QLatin1Char('x') + QChar(0xde00)
                                     << QStringLiteral("\\ud83dx\\ude00");
}

void TestUntrustedText::escapesWhatCouldDriveATerminal()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);

    QCOMPARE(UntrustedText::forDisplay(text), expected);
}

void TestUntrustedText::cutsToTheLengthWithTheEllipsis_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("maxLength");
    QTest::addColumn<QString>("expected");

    const QString dots(1, QChar(0x2026));
    const QString smiley = QString::fromUtf8("\xf0\x9f\x98\x80"); // two UTF-16 code units
    QTest::newRow("shorter than the limit") << QStringLiteral("abc") << 4 << QStringLiteral("abc");
    QTest::newRow("exactly the limit") << QStringLiteral("abcd") << 4 << QStringLiteral("abcd");
    QTest::newRow("one over: the ellipsis takes the last place")
        << QStringLiteral("abcde") << 4 << QStringLiteral("abc") + dots;
    QTest::newRow("long text") << QString(1000, QLatin1Char('n')) << 20
                               << QString(19, QLatin1Char('n')) + dots;
    QTest::newRow("limit of one") << QStringLiteral("ab") << 1 << dots;
    QTest::newRow("surrogate pair at the cut, kept whole or left out")
        << QStringLiteral("ab") + smiley + QStringLiteral("cd") << 4 << QStringLiteral("ab") + dots;
    QTest::newRow("surrogate pair just before the cut")
        << QStringLiteral("ab") + smiley + QStringLiteral("cd") << 5
        << QStringLiteral("ab") + smiley + dots;
    QTest::newRow("escape at the cut left out whole")
        << QStringLiteral("ab\x1b[2K") << 8 << QStringLiteral("ab") + dots;
    QTest::newRow("escape counted escaped")
        << QStringLiteral("ab\x1b[2K") << 11 << QStringLiteral("ab\\u001b[2K");
    QTest::newRow("escape just before the cut")
        << QStringLiteral("ab\x1b[2K") << 10 << QStringLiteral("ab\\u001b[") + dots;
}

void TestUntrustedText::cutsToTheLengthWithTheEllipsis()
{
    QFETCH(QString, text);
    QFETCH(int, maxLength);
    QFETCH(QString, expected);

    const QString shown = UntrustedText::forDisplay(text, maxLength);
    QCOMPARE(shown, expected);
    QVERIFY(shown.size() <= maxLength);
}

void TestUntrustedText::quotedTextCannotCloseItsQuotes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << QStringLiteral("old_key") << QStringLiteral("\"old_key\"");
    // A name that would otherwise read as the end of the quote and a sentence of ours.
    QTest::newRow("quote inside") << QStringLiteral("x\" is valid. Key \"y")
                                  << QStringLiteral("\"x\\\" is valid. Key \\\"y\"");
    QTest::newRow("backslash") << QStringLiteral("a\\b") << QStringLiteral("\"a\\\\b\"");
    // A text that looks like one of forDisplay's escapes stays distinct from a real one.
    QTest::newRow("escape look-alike beside a real escape")
        << QStringLiteral("\\u001b\x1b") << QStringLiteral("\"\\\\u001b\\u001b\"");
    QTest::newRow("long text cut")
        << QString(1000, QLatin1Char('n'))
        << u'"' + QString(UntrustedText::maxQuotedLength - 1, QLatin1Char('n')) + QChar(0x2026) +
               u'"';
}

void TestUntrustedText::quotedTextCannotCloseItsQuotes()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);

    QCOMPARE(UntrustedText::quoted(text), expected);
}

QTEST_GUILESS_MAIN(TestUntrustedText)
#include "test_untrusted_text.moc"
