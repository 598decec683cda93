#include "crypto/pem_key.h"

#include "crypto/digest.h"
#include "crypto/openssl_handles.h"
#include "text/untrusted_text.h"

#include <QList>

#include <cstddef>
#include <optional>
#include <utility>
#include <vector>

#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace engage {
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
    bool encryptedHeader = false; // RFC 1421 "Proc-Type: 4,ENCRYPTED"
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
std::optional<QByteArray> boundaryLabel(const QByteArray& line, QByteArrayView keyword)
{
    constexpr QByteArrayView dashes("-----");
    const qsizetype prefixSize = dashes.size() + keyword.size() + 1;
    if (line.size() <= prefixSize + dashes.size() || !line.startsWith(dashes) ||
        !line.endsWith(dashes) ||
        QByteArrayView(line).sliced(dashes.size(), keyword.size()) != keyword ||
        line.at(prefixSize - 1) != ' ') {
        return std::nullopt;
    }
    QByteArray label = line.mid(prefixSize, line.size() - prefixSize - dashes.size());
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
            open = PemBlock{*label, line + '\n', BlockEnd::Missing, false};
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
        } else if (line.startsWith("Proc-Type:") && line.contains("ENCRYPTED")) {
            open->encryptedHeader = true;
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

// Labels are printable ASCII already (isPrintableLabel); they are still quoted as all text
// read is, so that the guarantee does not hang on a check made elsewhere.
QString blockProblem(const QByteArray& label, const char* what)
{
    return QStringLiteral("the PEM block \"%1\" %2")
        .arg(UntrustedText::forDisplay(QString::fromLatin1(label)), QLatin1String(what));
}

// ---------------------------------------------------------------------------------------------
// Private keys: recognised by their label, never decrypted, never turned into a key object.

bool isPrivateKeyLabel(const QByteArray& label)
{
    return label.contains("PRIVATE KEY");
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
        if (line.startsWith("PuTTY-User-Key-File-") && !found) {
            found.emplace();
            found->kind = PemKeyKind::PrivateKey;
            const qsizetype colon = line.indexOf(':');
            if (colon >= 0) {
                found->keyTypeName = sshKeyTypeName(line.mid(colon + 1).trimmed());
            }
        } else if (found && line.startsWith("Encryption:")) {
            found->privateKeyEncrypted = line.mid(11).trimmed() != "none";
            return found;
        } else if (line.startsWith("---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----") && !found) {
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

PemKeyInspection inspectPublicKeyBlock(const PemBlock& block, BlockRole role,
                                       const PemPayload& payload)
{
    EvpPkeyPtr key =
        role == BlockRole::Pkcs1PublicKey ? decodePkcs1RsaPublicKey(payload) : decodeSpki(payload);
    if (!key || (role == BlockRole::Pkcs1PublicKey && !EVP_PKEY_is_a(key.get(), "RSA"))) {
        return invalid(blockProblem(block.label, "does not hold a valid key"));
    }
    PemKeyInspection inspection;
    if (!describePublicKey(key.get(), inspection)) {
        return invalid(blockProblem(block.label, "does not hold a valid key"));
    }
    // RSASSA-PSS keys are "RSA-PSS", not "RSA": RS256 needs a PKCS#1 v1.5 RSA key.
    if (!EVP_PKEY_is_a(key.get(), "RSA")) {
        inspection.kind = PemKeyKind::OtherPublicKey;
        return inspection;
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
        return invalid(blockProblem(block.label, "does not hold a valid certificate"));
    }
    const EVP_PKEY* key = X509_get0_pubkey(certificate.get());
    PemKeyInspection inspection;
    if (key == nullptr || !describePublicKey(key, inspection)) {
        return invalid(QStringLiteral("the public key of the certificate cannot be read"));
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
            return QStringLiteral("an SSH public key is not a PEM public key");
        }
        break;
    }
    return QStringLiteral("no PEM block was found");
}

QString notAKeyProblem(const QByteArray& label)
{
    const QString shownLabel = UntrustedText::forDisplay(QString::fromLatin1(label));
    if (label.startsWith("PGP ")) {
        return QStringLiteral("\"%1\" is an OpenPGP block, not a PEM key").arg(shownLabel);
    }
    return QStringLiteral("\"%1\" is not a key").arg(shownLabel);
}

} // namespace

PemKeyInspection inspectPemKey(QByteArrayView pemText)
{
    const OpenSslErrorScope errorScope;
    if (pemText.size() > maxPemTextSize) {
        return invalid(QStringLiteral("the text is too large to be a PEM key"));
    }
    const QList<QByteArray> lines = normalizedLines(pemText);
    const std::vector<PemBlock> blocks = findPemBlocks(lines);

    // A private key anywhere, even in a damaged block, decides: it must never pass as public.
    for (const PemBlock& block : blocks) {
        if (isPrivateKeyLabel(block.label)) {
            return inspectPrivateKeyBlock(block);
        }
    }
    if (std::optional<PemKeyInspection> foreign = inspectNonPemPrivateKey(lines)) {
        return std::move(*foreign);
    }
    if (blocks.empty()) {
        return invalid(noBlockProblem(lines));
    }

    // Every block must be whole and decodable; then the first key or certificate is the answer,
    // and any other one must be well formed too.
    std::vector<PemPayload> payloads;
    payloads.reserve(blocks.size());
    for (const PemBlock& block : blocks) {
        if (block.end == BlockEnd::Missing) {
            return invalid(blockProblem(block.label, "has no END line"));
        }
        if (block.end == BlockEnd::Mismatched) {
            return invalid(blockProblem(block.label, "ends with the END line of another block"));
        }
        std::optional<PemPayload> payload = decodePemBlock(block);
        if (!payload) {
            return invalid(blockProblem(block.label, "is damaged: its base64 cannot be decoded"));
        }
        payloads.push_back(std::move(*payload));
    }
    std::optional<PemKeyInspection> first;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        const BlockRole role = roleOf(blocks[i].label);
        if (role == BlockRole::Other) {
            continue;
        }
        PemKeyInspection inspection =
            role == BlockRole::Certificate || role == BlockRole::TrustedCertificate
                ? inspectCertificateBlock(blocks[i], role, payloads[i])
                : inspectPublicKeyBlock(blocks[i], role, payloads[i]);
        if (inspection.kind == PemKeyKind::Invalid) {
            return inspection;
        }
        if (!first) {
            first = std::move(inspection);
        }
    }
    if (first) {
        return std::move(*first);
    }
    return invalid(notAKeyProblem(blocks.front().label));
}

} // namespace engage
