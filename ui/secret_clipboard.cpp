#include "secret_clipboard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>

namespace engage {

namespace {

// The mark KDE's Klipper, KeePassXC and other clipboard managers agree on.
const QString passwordManagerHint = QStringLiteral("x-kde-passwordManagerHint");

} // namespace

SecretClipboard::SecretClipboard(QObject* parent) : QObject(parent)
{
    setObjectName(QStringLiteral("secretClipboard"));
    m_clearTimer.setSingleShot(true);
    m_clearTimer.setInterval(defaultSecretLifetime);
    connect(&m_clearTimer, &QTimer::timeout, this, &SecretClipboard::clearSecret);
}

SecretClipboard::~SecretClipboard()
{
    clearSecret();
}

void SecretClipboard::setSecretLifetime(std::chrono::milliseconds lifetime)
{
    m_clearTimer.setInterval(lifetime);
}

std::chrono::milliseconds SecretClipboard::secretLifetime() const
{
    return m_clearTimer.intervalAsDuration();
}

void SecretClipboard::copySecret(const QString& secret)
{
    auto* data = new QMimeData;
    data->setText(secret);
    data->setData(passwordManagerHint, QByteArrayLiteral("secret"));
    QGuiApplication::clipboard()->setMimeData(data); // the clipboard owns it
    m_secret = secret;
    m_clearTimer.start();
}

void SecretClipboard::copyText(const QString& text)
{
    QGuiApplication::clipboard()->setText(text);
}

void SecretClipboard::clearSecret()
{
    m_clearTimer.stop();
    if (m_secret.isEmpty())
        return;
    QClipboard* clipboard = QGuiApplication::clipboard();
    if (clipboard->text() == m_secret)
        clipboard->clear();
    m_secret.clear();
}

} // namespace engage
