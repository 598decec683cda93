#include "hand_made_rsa.h"

#include <QCryptographicHash>

#include <memory>

#include <openssl/bn.h>

namespace {

QByteArray derLength(qsizetype length)
{
    if (length < 0x80)
        return QByteArray(1, static_cast<char>(length));
    QByteArray octets;
    for (qsizetype rest = length; rest > 0; rest >>= 8)
        octets.prepend(static_cast<char>(rest & 0xff));
    return static_cast<char>(0x80 | octets.size()) + octets;
}

QByteArray der(char tag, const QByteArray& content)
{
    return tag + derLength(content.size()) + content;
}

QByteArray pem(QByteArrayView label, const QByteArray& derBytes)
{
    const QByteArray base64 = derBytes.toBase64();
    QByteArray text = "-----BEGIN " + label.toByteArray() + "-----\n";
    for (qsizetype i = 0; i < base64.size(); i += 64)
        text += base64.mid(i, 64) + '\n';
    return text + "-----END " + label.toByteArray() + "-----\n";
}

// AlgorithmIdentifier { rsaEncryption (1.2.840.113549.1.1.1), NULL }
const QByteArray rsaEncryptionOid("\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01", 11);
const QByteArray derNull("\x05\x00", 2);
const QByteArray rsaEncryption = der(0x30, rsaEncryptionOid + derNull);

const QString exponentProblem = QStringLiteral(
    "its public exponent is %1, but an RSA exponent is an odd number of at least 3 (usually "
    "65537)");
const QString notStrictProblem = QStringLiteral(
    "its DER encoding is not strict: DER allows one encoding of each key, and programs may read "
    "other numbers from this one than those checked here, or refuse it; export it again with "
    "\"openssl pkey -pubin -in key.pem\"");

// 2^2203 - 1, a Mersenne prime.
const QByteArray primeMagnitude = '\x07' + QByteArray(275, '\xff');

using BignumPtr = std::unique_ptr<BIGNUM, decltype(&BN_free)>;

BignumPtr bignum(BIGNUM* number)
{
    return BignumPtr(number, &BN_free);
}

} // namespace

QByteArray derInteger(QByteArrayView contentOctets)
{
    return der(0x02, contentOctets.toByteArray());
}

QByteArray derUnsignedInteger(QByteArrayView magnitude)
{
    QByteArray content = magnitude.toByteArray();
    if (content.isEmpty() || (static_cast<uchar>(content.front()) & 0x80) != 0)
        content.prepend('\0');
    return derInteger(content);
}

QByteArray rsaPublicKeyDer(const QByteArray& modulus, const QByteArray& exponent)
{
    return der(0x30, modulus + exponent);
}

QByteArray handMadeRsaPublicKey(const QByteArray& modulus, const QByteArray& exponent, bool pkcs1)
{
    if (pkcs1)
        return pem("RSA PUBLIC KEY", rsaPublicKeyDer(modulus, exponent));
    return handMadeSpki(rsaEncryption, rsaPublicKeyDer(modulus, exponent));
}

QByteArray handMadeSpki(const QByteArray& algorithm, const QByteArray& subjectPublicKey)
{
    return pem("PUBLIC KEY", der(0x30, algorithm + der(0x03, '\0' + subjectPublicKey)));
}

QByteArray oddModulus(int bits)
{
    QByteArray magnitude((bits + 7) / 8, '\xc5');
    magnitude[0] = static_cast<char>(1 << ((bits - 1) % 8));
    return derUnsignedInteger(magnitude);
}

QByteArray exponent65537()
{
    return derUnsignedInteger(QByteArray("\x01\x00\x01", 3));
}

QByteArray primeModulus()
{
    return derUnsignedInteger(primeMagnitude);
}

QByteArray forgedRs256SignatureForPrimeModulus(QByteArrayView signingInput)
{
    const QByteArray encoded = forgedRs256Signature(signingInput, primeModulusBits);
    const std::unique_ptr<BN_CTX, decltype(&BN_CTX_free)> context(BN_CTX_new(), &BN_CTX_free);
    const BignumPtr prime =
        bignum(BN_bin2bn(reinterpret_cast<const unsigned char*>(primeMagnitude.data()),
                         static_cast<int>(primeMagnitude.size()), nullptr));
    const BignumPtr order = bignum(BN_dup(prime.get()));
    const BignumPtr exponent = bignum(BN_new());
    const BignumPtr message =
        bignum(BN_bin2bn(reinterpret_cast<const unsigned char*>(encoded.data()),
                         static_cast<int>(encoded.size()), nullptr));
    const BignumPtr signature = bignum(BN_new());
    if (!context || !order || !exponent || !message || !signature ||
        BN_sub_word(order.get(), 1) != 1 || BN_set_word(exponent.get(), 65537) != 1)
        return {};
    const BignumPtr privateExponent =
        bignum(BN_mod_inverse(nullptr, exponent.get(), order.get(), context.get()));
    QByteArray bytes(encoded.size(), Qt::Uninitialized);
    if (!privateExponent ||
        BN_mod_exp(signature.get(), message.get(), privateExponent.get(), prime.get(),
                   context.get()) != 1 ||
        BN_bn2binpad(signature.get(), reinterpret_cast<unsigned char*>(bytes.data()),
                     static_cast<int>(bytes.size())) != bytes.size())
        return {};
    return bytes;
}

QByteArray forgedRs256Signature(QByteArrayView signingInput, int modulusBits)
{
    // DigestInfo { sha256, NULL } before the digest (RFC 8017 §9.2, note 1).
    const QByteArray digestInfo =
        QByteArray("\x30\x31\x30\x0d\x06\x09\x60\x86\x48\x01\x65\x03\x04\x02\x01\x05\x00\x04\x20",
                   19) +
        QCryptographicHash::hash(signingInput, QCryptographicHash::Sha256);
    const qsizetype size = (modulusBits + 7) / 8;
    return QByteArray("\x00\x01", 2) + QByteArray(size - 3 - digestInfo.size(), '\xff') + '\0' +
           digestInfo;
}

QList<DegenerateRsaKey> degenerateRsaKeys()
{
    const QByteArray n2048 = oddModulus(2048);
    const QByteArray e = exponent65537();
    QByteArray evenModulus = n2048;
    evenModulus.back() = '\xc4';
    return {
        {"exponent 1", handMadeRsaPublicKey(n2048, derInteger("\x01")), 2048,
         QStringLiteral("its public exponent is 1, so anyone could forge tokens that it verifies "
                        "without the private key")},
        {"exponent 1, PKCS#1", handMadeRsaPublicKey(n2048, derInteger("\x01"), true), 2048,
         QStringLiteral("its public exponent is 1, so anyone could forge tokens that it verifies "
                        "without the private key")},
        {"exponent 0", handMadeRsaPublicKey(n2048, derInteger(QByteArray(1, '\0'))), 2048,
         exponentProblem.arg(0)},
        {"exponent 2", handMadeRsaPublicKey(n2048, derInteger("\x02")), 2048,
         exponentProblem.arg(2)},
        {"exponent -3", handMadeRsaPublicKey(n2048, derInteger("\xfd")), 2048,
         exponentProblem.arg(-3)},
        {"exponent -65537", handMadeRsaPublicKey(n2048, derInteger("\xfe\xff\xff")), 2048,
         exponentProblem.arg(-65537)},
        {"exponent 65536",
         handMadeRsaPublicKey(n2048, derUnsignedInteger(QByteArray("\x01\x00\x00", 3))), 2048,
         exponentProblem.arg(65536)},
        {"even exponent of 80 bits",
         handMadeRsaPublicKey(n2048, derUnsignedInteger(QByteArray("\x80", 1) + QByteArray(9, 2))),
         2048, exponentProblem.arg(QStringLiteral("a number of 80 bits"))},
        {"modulus 0", handMadeRsaPublicKey(derInteger(QByteArray(1, '\0')), e), 0,
         QStringLiteral("its modulus is 0, but an RSA modulus is a large positive number")},
        {"negative modulus", handMadeRsaPublicKey(derInteger("\xff\x01"), e), 0,
         QStringLiteral("its modulus is -255, but an RSA modulus is a large positive number")},
        {"even modulus", handMadeRsaPublicKey(evenModulus, e), 2048,
         QStringLiteral("its modulus is even, so it is not the product of two large primes that "
                        "an RSA modulus is")},
        {"modulus of 15 bits", handMadeRsaPublicKey(oddModulus(15), e), 15,
         QStringLiteral("its modulus has only 15 bits; an RSA key needs at least 512, and 2048 "
                        "are recommended")},
        {"modulus of 511 bits", handMadeRsaPublicKey(oddModulus(511), e), 511,
         QStringLiteral("its modulus has only 511 bits; an RSA key needs at least 512, and 2048 "
                        "are recommended")},
        {"modulus of 16385 bits", handMadeRsaPublicKey(oddModulus(16385), e), 16385,
         QStringLiteral("its modulus has 16385 bits, and OpenSSL verifies signatures with no RSA "
                        "key over 16384 bits")},
        // OpenSSL's decoder takes each of these encodings, and reads an exponent of 1 from the
        // first three; the numbers of none of them are known for sure.
        {"exponent 1 with a superfluous leading byte",
         handMadeRsaPublicKey(n2048, derInteger(QByteArray("\x00\x01", 2))), 0, notStrictProblem},
        {"exponent 1 with a superfluous leading byte, PKCS#1",
         handMadeRsaPublicKey(n2048, derInteger(QByteArray("\x00\x01", 2)), true), 0,
         notStrictProblem},
        {"exponent 1 and a byte left over in the BIT STRING",
         handMadeSpki(rsaEncryption, rsaPublicKeyDer(n2048, derInteger("\x01")) + '\0'), 0,
         notStrictProblem},
        {"exponent 1 under the X.500 RSA algorithm 2.5.8.1.1",
         handMadeSpki(der(0x30, QByteArray("\x06\x04\x55\x08\x01\x01", 6) + derNull),
                      rsaPublicKeyDer(n2048, derInteger("\x01"))),
         0, notStrictProblem},
        {"exponent of no content octets", handMadeRsaPublicKey(n2048, derInteger(QByteArray())), 0,
         notStrictProblem},
        {"rsaEncryption with parameters INTEGER 5",
         handMadeSpki(der(0x30, rsaEncryptionOid + derInteger("\x05")), rsaPublicKeyDer(n2048, e)),
         0, notStrictProblem},
        {"rsaEncryption without parameters",
         handMadeSpki(der(0x30, rsaEncryptionOid), rsaPublicKeyDer(n2048, e)), 0, notStrictProblem},
        {"RSAPublicKey of indefinite length",
         handMadeSpki(rsaEncryption, "\x30\x80" + n2048 + e + QByteArray(2, '\0')), 0,
         notStrictProblem},
        {"prime modulus", handMadeRsaPublicKey(primeModulus(), e), primeModulusBits,
         QStringLiteral("its modulus is a prime number instead of a product of two primes, so "
                        "anyone can compute its private key and forge tokens that it verifies")},
        {"exponent equal to the modulus", handMadeRsaPublicKey(n2048, n2048), 2048,
         QStringLiteral("its public exponent is not smaller than its modulus, but an RSA exponent "
                        "lies between 3 and the modulus minus 1")},
        {"exponent of 65 bits, modulus of 4096 bits",
         handMadeRsaPublicKey(oddModulus(4096),
                              derUnsignedInteger('\x01' + QByteArray(7, '\0') + '\x01')),
         4096,
         QStringLiteral("its public exponent has 65 bits, and OpenSSL verifies signatures with no "
                        "RSA key over 3072 bits whose exponent has over 64 bits")},
    };
}
