// Strict base64url (RFC 4648 §5, unpadded as JWS uses it): one spelling per byte string.

#include "jwt/base64url.h"

#include <QRandomGenerator>
#include <QTest>

using namespace engage;

namespace {

QByteArray qtBase64Url(const QByteArray& bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

class TestBase64Url : public QObject
{
    Q_OBJECT

private slots:
    void decodesValidText_data();
    void decodesValidText();
    void refusesInvalidText_data();
    void refusesInvalidText();
    void decodesWhatQtEncodesAtEveryLength();
};

void TestBase64Url::decodesValidText_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("bytes");

    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("one byte") << QByteArray("YQ") << QByteArray("a");
    QTest::newRow("two bytes") << QByteArray("YWI") << QByteArray("ab");
    QTest::newRow("three bytes") << QByteArray("YWJj") << QByteArray("abc");
    QTest::newRow("JWT header") << QByteArray("eyJhbGciOiJIUzI1NiJ9")
                                << QByteArray(R"({"alg":"HS256"})");
    QTest::newRow("url alphabet") << QByteArray("-_-_") << QByteArray("\xfb\xff\xbf", 3);
    QTest::newRow("zero bytes") << QByteArray("AAA") << QByteArray(2, '\0');
}

void TestBase64Url::decodesValidText()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, bytes);

    QByteArray decoded("stale");
    QVERIFY(base64UrlDecodeInto(text, decoded));
    QCOMPARE(decoded, bytes);
    QVERIFY(isBase64Url(text));
}

void TestBase64Url::refusesInvalidText_data()
{
    QTest::addColumn<QByteArray>("text");

    QTest::newRow("padding") << QByteArray("YQ==");
    QTest::newRow("one padding character") << QByteArray("YWI=");
    QTest::newRow("plus") << QByteArray("ab+d");
    QTest::newRow("slash") << QByteArray("ab/d");
    QTest::newRow("space") << QByteArray("YW Jj");
    QTest::newRow("newline") << QByteArray("YWJj\n");
    QTest::newRow("dot") << QByteArray("YW.j");
    QTest::newRow("NUL") << QByteArray("YW\0j", 4);
    QTest::newRow("non-ASCII") << QByteArray("YW\xc3\xa9");
    QTest::newRow("length 4n+1") << QByteArray("YWJjZ");
    QTest::newRow("single character") << QByteArray("Y");
    QTest::newRow("unused bits in 2 characters") << QByteArray("YR");
    QTest::newRow("unused bits in 3 characters") << QByteArray("YWJ");
    QTest::newRow("invalid in the last group") << QByteArray("YWJjY=");
}

void TestBase64Url::refusesInvalidText()
{
    QFETCH(QByteArray, text);

    QByteArray decoded;
    QVERIFY(!base64UrlDecodeInto(text, decoded));
    QVERIFY(!isBase64Url(text));
}

// QByteArray::toBase64 is what signing uses, and the oracle here: every length and byte.
void TestBase64Url::decodesWhatQtEncodesAtEveryLength()
{
    QRandomGenerator random(20260101);
    QByteArray decoded;
    for (int size = 0; size < 200; ++size) {
        QByteArray bytes(size, Qt::Uninitialized);
        for (char& byte : bytes)
            byte = static_cast<char>(random.bounded(256));
        QVERIFY(base64UrlDecodeInto(qtBase64Url(bytes), decoded));
        QCOMPARE(decoded, bytes);
    }
    QByteArray everyByte(256, Qt::Uninitialized);
    for (int byte = 0; byte < 256; ++byte)
        everyByte[byte] = static_cast<char>(byte);
    QVERIFY(base64UrlDecodeInto(qtBase64Url(everyByte), decoded));
    QCOMPARE(decoded, everyByte);
}

QTEST_GUILESS_MAIN(TestBase64Url)
#include "test_base64url.moc"
