#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>

namespace engage {

// Puts on the system clipboard what an administrator hands over. A secret goes with the
// "x-kde-passwordManagerHint" mark, so that clipboard managers (Klipper and the like) do not
// keep it, as KeePassXC does; and it is cleared after a while, unless the clipboard holds
// something else by then: what the person copied since is theirs.
class SecretClipboard : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds defaultSecretLifetime = std::chrono::seconds(30);

    explicit SecretClipboard(QObject* parent = nullptr);
    // Clears a secret the clipboard still holds: it must not outlive the window.
    ~SecretClipboard() override;

    // Test seam: how long a copied secret stays on the clipboard.
    void setSecretLifetime(std::chrono::milliseconds lifetime);
    std::chrono::milliseconds secretLifetime() const;

    void copySecret(const QString& secret);
    // A fact that is not secret (a key ID, a fingerprint, a signed test token): kept as is.
    static void copyText(const QString& text);

private:
    void clearSecret();

    QTimer m_clearTimer{this}; // a child, so that a test can wait for it
    QString m_secret;          // what was copied, to tell it from what the person copied since
};

} // namespace engage
