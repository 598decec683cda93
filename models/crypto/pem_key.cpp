#include "crypto/pem_key.h"

#include "crypto/digest.h"
#include "crypto/openssl_handles.h"
#include "text/untrusted_text.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QMutexLocker>

#include <array>
#include <cstddef>
#include <optional>
#include <utility>
#include <vector>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace engage {

// The translation context of the problems told about PEM text.
class PemKeyText
{
    Q_DECLARE_TR_FUNCTIONS(engage::PemKey)
};

namespace {

// Far above any key, certificate chain or pasted e-mail; bounds the work and keeps sizes in int.
constexpr qsizetype maxPemTextSize = 16 * 1024 * 1024;
constexpr qsizetype maxLabelSize = 64;

// ---------------------------------------------------------------------------------------------
// Splitting the text into PEM blocks

enum class BlockEnd { Complete, Missing, Mismatched };

struct PemBlock
{
    QByteArray label;
    QByteArray text; // the block's lines, trimmed, from BEGIN to END, each ending with '\n'
    BlockEnd end = BlockEnd::Missing;
    // RFC 1421 "Name: value" lines (Proc-Type, DEK-Info, ...): base64 never holds a colon.
    bool headerLines = false;
    bool encryptedHeader = false; // "Proc-Type: 4,ENCRYPTED"
};

// Lines of the text without their line endings (LF, CRLF or CR) and surrounding white space, so
// that a key pasted from Windows, an e-mail or an indented document reads like a clean one.
QList<QByteArray> normalizedLines(QByteArrayView text)
{
    QByteArray unified = text.toByteArray();
    unified.replace("\r\n", "\n");
    unified.replace('\r', '\n');
    QList<QByteArray> lines = unified.split('\n');
    for (QByteArray& line : lines) {
        line = line.trimmed();
    }
    return lines;
}

bool isPrintableLabel(const QByteArray& label)
{
    if (label.isEmpty() || label.size() > maxLabelSize) {
        return false;
    }
    for (const char c : label) {
        if (c < 0x20 || c > 0x7e) {
            return false;
        }
    }
    return true;
}

// The label of a "-----BEGIN LABEL-----" or "-----END LABEL-----" line, if the line is one.
std::optional<QByteArray> boundaryLabel(QByteArrayView line, QByteArrayView keyword)
{
    constexpr QByteArrayView dashes("-----");
    const qsizetype prefixSize = dashes.size() + keyword.size() + 1;
    if (line.size() <= prefixSize + dashes.size() || !line.startsWith(dashes) ||
        !line.endsWith(dashes) || line.sliced(dashes.size(), keyword.size()) != keyword ||
        line.at(prefixSize - 1) != ' ') {
        return std::nullopt;
    }
    QByteArray label =
        line.sliced(prefixSize, line.size() - prefixSize - dashes.size()).toByteArray();
    if (!isPrintableLabel(label)) {
        return std::nullopt;
    }
    return label;
}

// Every BEGIN line opens a block; text outside blocks is ignored, as OpenSSL does.
std::vector<PemBlock> findPemBlocks(const QList<QByteArray>& lines)
{
    std::vector<PemBlock> blocks;
    std::optional<PemBlock> open;
    for (const QByteArray& line : lines) {
        if (const std::optional<QByteArray> label = boundaryLabel(line, "BEGIN")) {
            if (open) {
                blocks.push_back(std::move(*open));
            }
            open = PemBlock{*label, line + '\n', BlockEnd::Missing, false, false};
            continue;
        }
        if (!open) {
            continue;
        }
        open->text += line + '\n';
        if (const std::optional<QByteArray> label = boundaryLabel(line, "END")) {
            open->end = *label == open->label ? BlockEnd::Complete : BlockEnd::Mismatched;
            blocks.push_back(std::move(*open));
            open.reset();
        } else if (line.contains(':')) {
            open->headerLines = true;
            if (line.startsWith("Proc-Type:") && line.contains("ENCRYPTED")) {
                open->encryptedHeader = true;
            }
        }
    }
    if (open) {
        blocks.push_back(std::move(*open));
    }
    return blocks;
}

// The DER bytes of one complete block, decoded by OpenSSL's own PEM reader (strict base64, the
// line rules most servers apply). Wiped on release since they may be a private key.
struct PemPayload
{
    OpenSslSensitiveBytesPtr der;
    long size = 0;
};

std::optional<PemPayload> decodePemBlock(const PemBlock& block)
{
    const BioPtr bio(BIO_new_mem_buf(block.text.constData(), static_cast<int>(block.text.size())));
    if (!bio) {
        return std::nullopt;
    }
    char* rawName = nullptr;
    char* rawHeader = nullptr;
    unsigned char* rawData = nullptr;
    long size = 0;
    const int read = PEM_read_bio(bio.get(), &rawName, &rawHeader, &rawData, &size);
    const OpenSslCharsPtr name(rawName);
    const OpenSslCharsPtr header(rawHeader);
    PemPayload payload{
        OpenSslSensitiveBytesPtr(rawData, OpenSslClearFreeDeleter{static_cast<std::size_t>(
                                              read == 1 && size > 0 ? size : 0)}),
        size};
    if (read != 1 || !payload.der || payload.size <= 0 || block.label != name.get()) {
        return std::nullopt;
    }
    return payload;
}

// ---------------------------------------------------------------------------------------------
// Results

PemKeyInspection invalid(QString problem)
{
    PemKeyInspection inspection;
    inspection.problem = std::move(problem);
    return inspection;
}

// Labels are printable ASCII already (isPrintableLabel); they are still escaped as all text
// read is, so that the guarantee does not hang on a check made elsewhere.
QString quotedLabel(const QByteArray& label)
{
    return UntrustedText::quoted(QString::fromLatin1(label));
}

QString noValidKeyProblem(const QByteArray& label)
{
    return PemKeyText::tr("the PEM block %1 does not hold a valid key").arg(quotedLabel(label));
}

// ---------------------------------------------------------------------------------------------
// Private keys: recognised by their label, never decrypted, never turned into a key object.

// Every private key line holds one of these: the label of a PEM or SSH2 private key, or the
// first line of a PuTTY key file.
constexpr char privateKeyMarker[] = "PRIVATE KEY";
constexpr char puttyKeyFileStart[] = "PuTTY-User-Key-File-";
constexpr char ssh2PrivateKeyStart[] = "---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----";

bool isPrivateKeyLabel(const QByteArray& label)
{
    return label.contains(privateKeyMarker);
}

// A trimmed line that opens private key material: a PEM private key block (each BEGIN line
// opens a block, see findPemBlocks), a PuTTY key file or an SSH2 private key (see
// inspectNonPemPrivateKey).
bool opensPrivateKey(QByteArrayView line)
{
    if (line.startsWith(puttyKeyFileStart) || line.startsWith(ssh2PrivateKeyStart)) {
        return true;
    }
    const std::optional<QByteArray> label = boundaryLabel(line, "BEGIN");
    return label && isPrivateKeyLabel(*label);
}

QString sshKeyTypeName(QByteArrayView sshType)
{
    if (sshType == "ssh-rsa") {
        return QStringLiteral("RSA");
    }
    if (sshType == "ssh-dss") {
        return QStringLiteral("DSA");
    }
    if (sshType == "ssh-ed25519" || sshType == "sk-ssh-ed25519@openssh.com") {
        return QStringLiteral("ED25519");
    }
    if (sshType == "ssh-ed448") {
        return QStringLiteral("ED448");
    }
    if (sshType.startsWith("ecdsa-sha2-") || sshType.startsWith("sk-ecdsa-sha2-")) {
        return QStringLiteral("EC");
    }
    return {};
}

QString keyTypeNameOfNid(int nid)
{
    switch (nid) {
    case NID_rsaEncryption:
        return QStringLiteral("RSA");
    case NID_rsassaPss:
        return QStringLiteral("RSA-PSS");
    case NID_X9_62_id_ecPublicKey:
        return QStringLiteral("EC");
    case NID_ED25519:
        return QStringLiteral("ED25519");
    case NID_ED448:
        return QStringLiteral("ED448");
    case NID_X25519:
        return QStringLiteral("X25519");
    case NID_X448:
        return QStringLiteral("X448");
    case NID_dsa:
        return QStringLiteral("DSA");
    case NID_dhKeyAgreement:
        return QStringLiteral("DH");
    case NID_dhpublicnumber:
        return QStringLiteral("DHX");
    case NID_sm2:
        return QStringLiteral("SM2");
    default:
        return {};
    }
}

// Reads the SSH wire encoding (RFC 4251): big-endian uint32 and length-prefixed strings.
class SshWireReader
{
public:
    explicit SshWireReader(QByteArrayView bytes) : m_rest(bytes) {}

    bool skip(QByteArrayView expected)
    {
        if (!m_rest.startsWith(expected)) {
            return false;
        }
        m_rest = m_rest.sliced(expected.size());
        return true;
    }

    std::optional<quint32> uint32()
    {
        if (m_rest.size() < 4) {
            return std::nullopt;
        }
        quint32 value = 0;
        for (qsizetype i = 0; i < 4; ++i) {
            value = (value << 8) | static_cast<unsigned char>(m_rest.at(i));
        }
        m_rest = m_rest.sliced(4);
        return value;
    }

    std::optional<QByteArrayView> string()
    {
        const std::optional<quint32> size = uint32();
        if (!size || *size > static_cast<quint64>(m_rest.size())) {
            return std::nullopt;
        }
        const QByteArrayView value = m_rest.first(static_cast<qsizetype>(*size));
        m_rest = m_rest.sliced(static_cast<qsizetype>(*size));
        return value;
    }

private:
    QByteArrayView m_rest;
};

// "openssh-key-v1\0", cipher name, KDF name, KDF options, key count, then the public keys.
void describeOpenSshPrivateKey(QByteArrayView der, PemKeyInspection& inspection)
{
    SshWireReader reader(der);
    if (!reader.skip(QByteArrayView("openssh-key-v1\0", 15))) {
        return;
    }
    const std::optional<QByteArrayView> cipher = reader.string();
    if (!cipher) {
        return;
    }
    inspection.privateKeyEncrypted = *cipher != "none";
    const std::optional<QByteArrayView> kdfName = reader.string();
    const std::optional<QByteArrayView> kdfOptions = reader.string();
    const std::optional<quint32> keyCount = reader.uint32();
    const std::optional<QByteArrayView> publicKey = reader.string();
    if (!kdfName || !kdfOptions || !keyCount || *keyCount == 0 || !publicKey) {
        return;
    }
    if (const std::optional<QByteArrayView> sshType = SshWireReader(*publicKey).string()) {
        inspection.keyTypeName = sshKeyTypeName(*sshType);
    }
}

void describePkcs8PrivateKey(const PemPayload& payload, PemKeyInspection& inspection)
{
    const unsigned char* cursor = payload.der.get();
    const Pkcs8PrivateKeyInfoPtr info(d2i_PKCS8_PRIV_KEY_INFO(nullptr, &cursor, payload.size));
    const ASN1_OBJECT* algorithm = nullptr;
    if (info && PKCS8_pkey_get0(&algorithm, nullptr, nullptr, nullptr, info.get()) == 1) {
        inspection.keyTypeName = keyTypeNameOfNid(OBJ_obj2nid(algorithm));
    }
}

PemKeyInspection inspectPrivateKeyBlock(const PemBlock& block)
{
    PemKeyInspection inspection;
    inspection.kind = PemKeyKind::PrivateKey;
    inspection.privateKeyEncrypted =
        block.label == "ENCRYPTED PRIVATE KEY" || block.encryptedHeader;
    if (block.label == "RSA PRIVATE KEY") {
        inspection.keyTypeName = QStringLiteral("RSA");
    } else if (block.label == "EC PRIVATE KEY") {
        inspection.keyTypeName = QStringLiteral("EC");
    } else if (block.label == "DSA PRIVATE KEY") {
        inspection.keyTypeName = QStringLiteral("DSA");
    }
    if (block.end != BlockEnd::Complete) {
        return inspection;
    }
    if (block.label == "PRIVATE KEY") {
        if (const std::optional<PemPayload> payload = decodePemBlock(block)) {
            describePkcs8PrivateKey(*payload, inspection);
        }
    } else if (block.label == "OPENSSH PRIVATE KEY") {
        if (const std::optional<PemPayload> payload = decodePemBlock(block)) {
            describeOpenSshPrivateKey(
                QByteArrayView(payload->der.get(), static_cast<qsizetype>(payload->size)),
                inspection);
        }
    }
    return inspection;
}

// Private keys in the non-PEM files of PuTTY (.ppk) and of ssh.com / RFC 4716 tools.
std::optional<PemKeyInspection> inspectNonPemPrivateKey(const QList<QByteArray>& lines)
{
    std::optional<PemKeyInspection> found;
    for (const QByteArray& line : lines) {
        if (line.startsWith(puttyKeyFileStart) && !found) {
            found.emplace();
            found->kind = PemKeyKind::PrivateKey;
            const qsizetype colon = line.indexOf(':');
            if (colon >= 0) {
                found->keyTypeName = sshKeyTypeName(line.mid(colon + 1).trimmed());
            }
        } else if (found && line.startsWith("Encryption:")) {
            found->privateKeyEncrypted = line.mid(11).trimmed() != "none";
            return found;
        } else if (line.startsWith(ssh2PrivateKeyStart) && !found) {
            found.emplace();
            found->kind = PemKeyKind::PrivateKey;
            return found;
        }
    }
    return found;
}

// ---------------------------------------------------------------------------------------------
// Public keys and certificates

enum class BlockRole { SpkiPublicKey, Pkcs1PublicKey, Certificate, TrustedCertificate, Other };

BlockRole roleOf(const QByteArray& label)
{
    if (label == "PUBLIC KEY") {
        return BlockRole::SpkiPublicKey;
    }
    if (label == "RSA PUBLIC KEY") {
        return BlockRole::Pkcs1PublicKey;
    }
    if (label == "CERTIFICATE" || label == "X509 CERTIFICATE") {
        return BlockRole::Certificate;
    }
    if (label == "TRUSTED CERTIFICATE") {
        return BlockRole::TrustedCertificate;
    }
    return BlockRole::Other;
}

QString keyTypeNameOf(const EVP_PKEY* key)
{
    const char* name = EVP_PKEY_get0_type_name(key);
    if (name == nullptr) {
        name = OBJ_nid2sn(EVP_PKEY_get_base_id(key));
    }
    return name == nullptr ? QString() : QString::fromLatin1(name).toUpper();
}

// Fills the facts shared by every public key; false when OpenSSL cannot re-encode the key.
bool describePublicKey(const EVP_PKEY* key, PemKeyInspection& inspection)
{
    unsigned char* rawSpki = nullptr;
    const int spkiSize = i2d_PUBKEY(key, &rawSpki);
    const OpenSslBytesPtr spki(rawSpki);
    if (spkiSize <= 0 || !spki) {
        return false;
    }
    const BioPtr pem(BIO_new(BIO_s_mem()));
    if (!pem || PEM_write_bio_PUBKEY(pem.get(), key) != 1) {
        return false;
    }
    char* pemData = nullptr;
    const long pemSize = BIO_get_mem_data(pem.get(), &pemData);
    if (pemSize <= 0 || pemData == nullptr) {
        return false;
    }
    inspection.keyTypeName = keyTypeNameOf(key);
    inspection.sha256Fingerprint =
        sha256Hex(QByteArrayView(spki.get(), static_cast<qsizetype>(spkiSize)));
    inspection.publicKeyPem = QByteArray(pemData, static_cast<qsizetype>(pemSize));
    if (EVP_PKEY_is_a(key, "RSA")) {
        inspection.modulusBits = EVP_PKEY_get_bits(key);
    }
    return !inspection.sha256Fingerprint.isEmpty();
}

EvpPkeyPtr decodeSpki(const PemPayload& payload)
{
    const unsigned char* cursor = payload.der.get();
    EvpPkeyPtr key(d2i_PUBKEY(nullptr, &cursor, payload.size));
    if (cursor != payload.der.get() + payload.size) {
        return nullptr; // bytes after the key
    }
    return key;
}

// Strict PKCS#1 RSAPublicKey. Not OSSL_DECODER: in OpenSSL 3.0 its "type-specific" structure is
// only a hint, and a SubjectPublicKeyInfo labelled "RSA PUBLIC KEY" would decode as well.
EvpPkeyPtr decodePkcs1RsaPublicKey(const PemPayload& payload)
{
    const unsigned char* cursor = payload.der.get();
    EvpPkeyPtr key(d2i_PublicKey(EVP_PKEY_RSA, nullptr, &cursor, payload.size));
    if (cursor != payload.der.get() + payload.size) {
        return nullptr; // bytes after the key
    }
    return key;
}

// Keys within OpenSSL's bounds: it verifies with no modulus over 16384 bits
// (OPENSSL_RSA_MAX_MODULUS_BITS), and nothing under 512 bits has been a key for decades.
constexpr int minimumRsaModulusBits = 512;
constexpr int maximumRsaModulusBits = 16384;
// Over 3072 bits of modulus (OPENSSL_RSA_SMALL_MODULUS_BITS), OpenSSL also verifies with no
// exponent over 64 bits (OPENSSL_RSA_MAX_PUBEXP_BITS); OpenSSL 3 deprecates both macros.
constexpr int largeRsaModulusBits = 3072;
constexpr int maximumLargeKeyExponentBits = 64;

// The modulus and public exponent of an RSA public key, read with their signs from the
// RSAPublicKey DER: OpenSSL 3.0 reads a negative INTEGER as positive (an exponent of -3 as 253,
// which would pass), and a decoder may refuse such a key outright; either way it must be named
// for what it is. This reader refuses an INTEGER with a superfluous leading byte or none at all,
// which OpenSSL's key decoder takes (02 02 00 01 is an exponent of 1 to it).
struct RsaNumbers
{
    BignumPtr modulus;
    BignumPtr exponent;
};

std::optional<RsaNumbers> rsaNumbersOf(const unsigned char* der, long size)
{
    const unsigned char* cursor = der;
    const Asn1SequenceAnyPtr sequence(d2i_ASN1_SEQUENCE_ANY(nullptr, &cursor, size));
    if (!sequence || cursor != der + size || sk_ASN1_TYPE_num(sequence.get()) != 2) {
        return std::nullopt;
    }
    std::array<BignumPtr, 2> numbers;
    for (int index = 0; index < 2; ++index) {
        const ASN1_TYPE* item = sk_ASN1_TYPE_value(sequence.get(), index);
        if (ASN1_TYPE_get(item) != V_ASN1_INTEGER) {
            return std::nullopt;
        }
        numbers[static_cast<std::size_t>(index)].reset(
            ASN1_INTEGER_to_BN(item->value.integer, nullptr));
        if (!numbers[static_cast<std::size_t>(index)]) {
            return std::nullopt;
        }
    }
    return RsaNumbers{std::move(numbers[0]), std::move(numbers[1])};
}

// The numbers of a PKCS#1 block, or of a SubjectPublicKeyInfo whose algorithm is
// rsaEncryption; nothing for other keys and for DER that is no such structure.
std::optional<RsaNumbers> rsaNumbersOfBlock(BlockRole role, const PemPayload& payload)
{
    if (role == BlockRole::Pkcs1PublicKey) {
        return rsaNumbersOf(payload.der.get(), payload.size);
    }
    // Unlike d2i_PUBKEY, this keeps the structure when the key inside cannot be decoded.
    const unsigned char* cursor = payload.der.get();
    const X509PubkeyPtr spki(d2i_X509_PUBKEY(nullptr, &cursor, payload.size));
    ASN1_OBJECT* algorithm = nullptr;
    const unsigned char* key = nullptr;
    int keySize = 0;
    if (!spki || cursor != payload.der.get() + payload.size ||
        X509_PUBKEY_get0_param(&algorithm, &key, &keySize, nullptr, spki.get()) != 1 ||
        OBJ_obj2nid(algorithm) != NID_rsaEncryption) {
        return std::nullopt;
    }
    return rsaNumbersOf(key, keySize);
}

// A number of a key for a message: short ones in full, long ones by their size.
QString numberText(const BIGNUM* number)
{
    if (BN_num_bits(number) > 64) {
        return BN_is_negative(number)
                   ? PemKeyText::tr("a negative number of %1 bits").arg(BN_num_bits(number))
                   : PemKeyText::tr("a number of %1 bits").arg(BN_num_bits(number));
    }
    const OpenSslCharsPtr decimal(BN_bn2dec(number));
    return decimal ? QString::fromLatin1(decimal.get()) : QString();
}

// Moduli whose primality was tested, about one per configured key; more are forgotten.
constexpr qsizetype maxRememberedModuli = 256;

// Whether the modulus is prime, or could not be tested (an allocation failed): the check fails
// closed. For a real modulus the test costs one modular exponentiation of its size (measured:
// 2 ms of CPU at 2048 bits, 14 ms at 4096, 0.1 s at 8192, 1 s at 16384), and one process
// inspects a key several times: the validator, the verifier built on its configuration, the key
// object after its DER. So each verdict is remembered, by modulus.
bool isPrimeOrUntested(const BIGNUM* modulus)
{
    static QMutex mutex;
    static QHash<QByteArray, bool> verdicts;
    QByteArray bytes(BN_num_bytes(modulus), Qt::Uninitialized);
    BN_bn2bin(modulus, reinterpret_cast<unsigned char*>(bytes.data()));
    {
        const QMutexLocker lock(&mutex);
        if (const auto known = verdicts.constFind(bytes); known != verdicts.cend()) {
            return *known;
        }
    }
    const bool prime = BN_check_prime(modulus, nullptr, nullptr) != 0;
    const QMutexLocker lock(&mutex);
    if (verdicts.size() >= maxRememberedModuli) {
        verdicts.clear();
    }
    verdicts.insert(bytes, prime);
    return prime;
}

// Why no honest signer could have made the key, or no verifier can use it; empty when usable.
QString unusableRsaProblem(const RsaNumbers& numbers)
{
    const BIGNUM* exponent = numbers.exponent.get();
    const BIGNUM* modulus = numbers.modulus.get();
    // With e = 1 the signature is its own message: anyone can "sign" without the private key.
    if (BN_is_one(exponent)) {
        return PemKeyText::tr("its public exponent is 1, so anyone could forge tokens that it "
                              "verifies without the private key");
    }
    if (BN_is_negative(exponent) || !BN_is_odd(exponent)) {
        return PemKeyText::tr("its public exponent is %1, but an RSA exponent is an odd number "
                              "of at least 3 (usually 65537)")
            .arg(numberText(exponent));
    }
    if (BN_is_negative(modulus) || BN_is_zero(modulus)) {
        return PemKeyText::tr("its modulus is %1, but an RSA modulus is a large positive number")
            .arg(numberText(modulus));
    }
    if (!BN_is_odd(modulus)) {
        return PemKeyText::tr("its modulus is even, so it is not the product of two large primes "
                              "that an RSA modulus is");
    }
    const int bits = BN_num_bits(modulus);
    if (bits < minimumRsaModulusBits) {
        return PemKeyText::tr("its modulus has only %1 bits; an RSA key needs at least %2, and "
                              "2048 are recommended")
            .arg(bits)
            .arg(minimumRsaModulusBits);
    }
    if (bits > maximumRsaModulusBits) {
        return PemKeyText::tr("its modulus has %1 bits, and OpenSSL verifies signatures with no "
                              "RSA key over %2 bits")
            .arg(bits)
            .arg(maximumRsaModulusBits);
    }
    // RFC 8017 §3.1: 3 <= e <= n - 1.
    if (BN_cmp(exponent, modulus) >= 0) {
        return PemKeyText::tr("its public exponent is not smaller than its modulus, but an RSA "
                              "exponent lies between 3 and the modulus minus 1");
    }
    if (bits > largeRsaModulusBits && BN_num_bits(exponent) > maximumLargeKeyExponentBits) {
        return PemKeyText::tr("its public exponent has %1 bits, and OpenSSL verifies signatures "
                              "with no RSA key over %2 bits whose exponent has over %3 bits")
            .arg(BN_num_bits(exponent))
            .arg(largeRsaModulusBits)
            .arg(maximumLargeKeyExponentBits);
    }
    // Last, as the one costly test. With n = p prime, d = e^-1 mod (p - 1) is the private
    // exponent, which anyone can compute.
    if (isPrimeOrUntested(modulus)) {
        return PemKeyText::tr("its modulus is a prime number instead of a product of two primes, "
                              "so anyone can compute its private key and forge tokens that it "
                              "verifies");
    }
    return {};
}

// The numbers of the key object that OpenSSL verifies with; nothing if it cannot give them.
std::optional<RsaNumbers> rsaNumbersOfKey(const EVP_PKEY* key)
{
    BIGNUM* modulus = nullptr;
    BIGNUM* exponent = nullptr;
    const bool read = EVP_PKEY_get_bn_param(key, OSSL_PKEY_PARAM_RSA_N, &modulus) == 1 &&
                      EVP_PKEY_get_bn_param(key, OSSL_PKEY_PARAM_RSA_E, &exponent) == 1;
    RsaNumbers numbers{BignumPtr(modulus), BignumPtr(exponent)};
    if (!read) {
        return std::nullopt;
    }
    return numbers;
}

// Whether the block's DER is byte for byte what OpenSSL writes for the key it decoded from it.
// DER gives each key one encoding; OpenSSL's decoder also takes others (lengths in long or
// indefinite form, a byte left over inside the BIT STRING, rsaEncryption with parameters other
// than NULL, the X.500 RSA algorithm), and a program that reads them otherwise, or refuses them,
// would not verify with the key that was checked here.
bool isWrittenBackUnchanged(const EVP_PKEY* key, BlockRole role, const PemPayload& payload)
{
    unsigned char* rawDer = nullptr;
    const int size =
        role == BlockRole::Pkcs1PublicKey ? i2d_PublicKey(key, &rawDer) : i2d_PUBKEY(key, &rawDer);
    const OpenSslBytesPtr der(rawDer);
    return size > 0 && der &&
           QByteArrayView(der.get(), size) ==
               QByteArrayView(payload.der.get(), static_cast<qsizetype>(payload.size));
}

// modulusBits is 0 when the modulus is not known: not positive, or not read in strict DER.
PemKeyInspection unusableRsaPublicKey(BlockRole role, int modulusBits, QString problem)
{
    PemKeyInspection inspection;
    inspection.kind = PemKeyKind::UnusableRsaPublicKey;
    inspection.encoding = role == BlockRole::Pkcs1PublicKey
                              ? RsaPublicKeyEncoding::Pkcs1
                              : RsaPublicKeyEncoding::SubjectPublicKeyInfo;
    inspection.modulusBits = modulusBits;
    inspection.keyTypeName = QStringLiteral("RSA");
    inspection.problem = std::move(problem);
    return inspection;
}

int modulusBitsOf(const RsaNumbers& numbers)
{
    return BN_is_negative(numbers.modulus.get()) ? 0 : BN_num_bits(numbers.modulus.get());
}

PemKeyInspection inspectPublicKeyBlock(const PemBlock& block, BlockRole role,
                                       const PemPayload& payload)
{
    // Before OpenSSL decodes the key, whatever its decoder makes of these numbers.
    const std::optional<RsaNumbers> numbers = rsaNumbersOfBlock(role, payload);
    if (numbers) {
        if (QString problem = unusableRsaProblem(*numbers); !problem.isEmpty()) {
            return unusableRsaPublicKey(role, modulusBitsOf(*numbers), std::move(problem));
        }
    }
    EvpPkeyPtr key =
        role == BlockRole::Pkcs1PublicKey ? decodePkcs1RsaPublicKey(payload) : decodeSpki(payload);
    if (!key || (role == BlockRole::Pkcs1PublicKey && !EVP_PKEY_is_a(key.get(), "RSA"))) {
        return invalid(noValidKeyProblem(block.label));
    }
    PemKeyInspection inspection;
    if (!describePublicKey(key.get(), inspection)) {
        return invalid(noValidKeyProblem(block.label));
    }
    // RSASSA-PSS keys are "RSA-PSS", not "RSA": RS256 needs a PKCS#1 v1.5 RSA key.
    if (!EVP_PKEY_is_a(key.get(), "RSA")) {
        inspection.kind = PemKeyKind::OtherPublicKey;
        return inspection;
    }
    // Fail closed: an RSA key is used only if the strict reader read it and OpenSSL writes it
    // back unchanged, so that both mean the same numbers. Otherwise they may not: the numbers
    // checked above may be none at all, or other than those OpenSSL would verify with.
    if (!numbers || !isWrittenBackUnchanged(key.get(), role, payload)) {
        return unusableRsaPublicKey(
            role, 0,
            PemKeyText::tr("its DER encoding is not strict: DER allows one encoding of each key, "
                           "and programs may read other numbers from this one than those checked "
                           "here, or refuse it; export it again with \"openssl pkey -pubin -in "
                           "key.pem\""));
    }
    // Defence in depth: the same rules on the numbers of the very object that verifies.
    const std::optional<RsaNumbers> decoded = rsaNumbersOfKey(key.get());
    if (!decoded) {
        return invalid(noValidKeyProblem(block.label));
    }
    if (QString problem = unusableRsaProblem(*decoded); !problem.isEmpty()) {
        return unusableRsaPublicKey(role, modulusBitsOf(*decoded), std::move(problem));
    }
    inspection.kind = PemKeyKind::RsaPublicKey;
    inspection.encoding = role == BlockRole::Pkcs1PublicKey
                              ? RsaPublicKeyEncoding::Pkcs1
                              : RsaPublicKeyEncoding::SubjectPublicKeyInfo;
    inspection.publicKey = std::shared_ptr<EVP_PKEY>(std::move(key));
    return inspection;
}

PemKeyInspection inspectCertificateBlock(const PemBlock& block, BlockRole role,
                                         const PemPayload& payload)
{
    const unsigned char* cursor = payload.der.get();
    // A trusted certificate is the certificate followed by OpenSSL's trust settings.
    const X509Ptr certificate(role == BlockRole::TrustedCertificate
                                  ? d2i_X509_AUX(nullptr, &cursor, payload.size)
                                  : d2i_X509(nullptr, &cursor, payload.size));
    if (!certificate || cursor != payload.der.get() + payload.size) {
        return invalid(PemKeyText::tr("the PEM block %1 does not hold a valid certificate")
                           .arg(quotedLabel(block.label)));
    }
    const EVP_PKEY* key = X509_get0_pubkey(certificate.get());
    PemKeyInspection inspection;
    if (key == nullptr || !describePublicKey(key, inspection)) {
        return invalid(PemKeyText::tr("the public key of the certificate cannot be read"));
    }
    inspection.kind = PemKeyKind::Certificate;
    return inspection;
}

QString noBlockProblem(const QList<QByteArray>& lines)
{
    for (const QByteArray& line : lines) {
        if (line.isEmpty()) {
            continue;
        }
        if (line.startsWith("ssh-") || line.startsWith("ecdsa-sha2-") ||
            line.startsWith("sk-ssh-") || line.startsWith("sk-ecdsa-") ||
            line == "---- BEGIN SSH2 PUBLIC KEY ----") {
            return PemKeyText::tr("an SSH public key is not a PEM public key");
        }
        break;
    }
    return PemKeyText::tr("no PEM block was found");
}

QString notAKeyProblem(const QByteArray& label)
{
    if (label.startsWith("PGP ")) {
        return PemKeyText::tr("%1 is an OpenPGP block, not a PEM key").arg(quotedLabel(label));
    }
    return PemKeyText::tr("%1 is not a key").arg(quotedLabel(label));
}

// What kind of private key the text holds, once holdsPrivateKey has said it holds one.
PemKeyInspection inspectPrivateKey(QByteArrayView pemText)
{
    PemKeyInspection inspection;
    inspection.kind = PemKeyKind::PrivateKey;
    // The details are not worth reading a huge text for; that it is a private key is.
    if (pemText.size() > maxPemTextSize) {
        return inspection;
    }
    const QList<QByteArray> lines = normalizedLines(pemText);
    for (const PemBlock& block : findPemBlocks(lines)) {
        if (isPrivateKeyLabel(block.label)) {
            return inspectPrivateKeyBlock(block);
        }
    }
    return inspectNonPemPrivateKey(lines).value_or(inspection);
}

} // namespace

bool holdsPrivateKey(QByteArrayView text)
{
    // Most texts hold no marker at all and are told apart without looking at their lines.
    if (!text.contains(privateKeyMarker) && !text.contains(puttyKeyFileStart)) {
        return false;
    }
    // The lines of normalizedLines (LF, CRLF or CR endings, trimmed), without copying the text.
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = start;
        while (end < text.size() && text.at(end) != '\n' && text.at(end) != '\r') {
            ++end;
        }
        if (opensPrivateKey(text.sliced(start, end - start).trimmed())) {
            return true;
        }
        start = end + 1;
    }
    return false;
}

bool holdsPrivateKey(QStringView text)
{
    // The markers are ASCII: most texts are told apart before any conversion.
    if (!text.contains(QLatin1String(privateKeyMarker)) &&
        !text.contains(QLatin1String(puttyKeyFileStart))) {
        return false;
    }
    return holdsPrivateKey(QByteArrayView(text.toUtf8()));
}

PemKeyInspection inspectPemKey(QByteArrayView pemText)
{
    const OpenSslErrorScope errorScope;
    // A private key anywhere, even in a damaged block, decides: it must never pass as public.
    if (holdsPrivateKey(pemText)) {
        return inspectPrivateKey(pemText);
    }
    if (pemText.size() > maxPemTextSize) {
        return invalid(PemKeyText::tr("the text is too large to be a PEM key"));
    }
    const QList<QByteArray> lines = normalizedLines(pemText);
    const std::vector<PemBlock> blocks = findPemBlocks(lines);
    if (blocks.empty()) {
        return invalid(noBlockProblem(lines));
    }
    // A certificate with its key, a key pasted twice, an old key above the new one: guessing
    // which block was meant could configure the wrong key without a word.
    if (blocks.size() > 1) {
        return invalid(PemKeyText::tr("the text holds %n PEM blocks; which one was meant is "
                                      "unknown: keep only the public key",
                                      nullptr, static_cast<int>(blocks.size())));
    }

    const PemBlock& block = blocks.front();
    if (block.end == BlockEnd::Missing) {
        return invalid(
            PemKeyText::tr("the PEM block %1 has no END line").arg(quotedLabel(block.label)));
    }
    if (block.end == BlockEnd::Mismatched) {
        return invalid(PemKeyText::tr("the PEM block %1 ends with the END line of another block")
                           .arg(quotedLabel(block.label)));
    }
    // OpenSSL refuses them too: they announce encryption, which a public key never has.
    if (block.headerLines) {
        return invalid(PemKeyText::tr("the PEM block %1 has header lines (\"Name: value\", such "
                                      "as Proc-Type or DEK-Info); a public key has none: remove "
                                      "them")
                           .arg(quotedLabel(block.label)));
    }
    const std::optional<PemPayload> payload = decodePemBlock(block);
    if (!payload) {
        return invalid(PemKeyText::tr("the PEM block %1 is damaged: its base64 cannot be decoded")
                           .arg(quotedLabel(block.label)));
    }
    const BlockRole role = roleOf(block.label);
    switch (role) {
    case BlockRole::SpkiPublicKey:
    case BlockRole::Pkcs1PublicKey:
        return inspectPublicKeyBlock(block, role, *payload);
    case BlockRole::Certificate:
    case BlockRole::TrustedCertificate:
        return inspectCertificateBlock(block, role, *payload);
    case BlockRole::Other:
        break;
    }
    return invalid(notAKeyProblem(block.label));
}

QString keyTypePhrase(const QString& keyTypeName)
{
    struct Phrase
    {
        const char* keyTypeName;
        const char* phrase;
    };
    static constexpr Phrase phrases[] = {
        {"RSA", QT_TRANSLATE_NOOP("engage::PemKey", "an RSA key")},
        {"RSA-PSS", QT_TRANSLATE_NOOP("engage::PemKey", "an RSA-PSS key")},
        {"EC", QT_TRANSLATE_NOOP("engage::PemKey", "an EC key")},
        {"ED25519", QT_TRANSLATE_NOOP("engage::PemKey", "an Ed25519 key")},
        {"ED448", QT_TRANSLATE_NOOP("engage::PemKey", "an Ed448 key")},
        {"X25519", QT_TRANSLATE_NOOP("engage::PemKey", "an X25519 key")},
        {"X448", QT_TRANSLATE_NOOP("engage::PemKey", "an X448 key")},
        {"DSA", QT_TRANSLATE_NOOP("engage::PemKey", "a DSA key")},
        {"DH", QT_TRANSLATE_NOOP("engage::PemKey", "a DH key")},
        {"DHX", QT_TRANSLATE_NOOP("engage::PemKey", "an X9.42 DH key")},
        {"SM2", QT_TRANSLATE_NOOP("engage::PemKey", "an SM2 key")},
    };
    for (const Phrase& entry : phrases) {
        if (keyTypeName == QLatin1String(entry.keyTypeName)) {
            return PemKeyText::tr(entry.phrase);
        }
    }
    if (keyTypeName.isEmpty()) {
        return PemKeyText::tr("a key of an unknown type");
    }
    return PemKeyText::tr("a key of type %1").arg(keyTypeName);
}

} // namespace engage
