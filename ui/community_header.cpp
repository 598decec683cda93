#include "community_header.h"

#include "document/config_document.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace engage {

namespace {

enum CommunityField : ConfigDocument::FieldTag {
    CommunityNameField,
    CommunityIdField,
    CommunityServerField
};

void setTextKeepingCursor(QLineEdit* edit, const QString& text)
{
    if (edit->text() != text)
        edit->setText(text);
}

} // namespace

CommunityHeader::CommunityHeader(ConfigDocument* document, QWidget* parent)
    : QWidget(parent), m_document(document), m_name(new QLineEdit(this)), m_id(new QLineEdit(this)),
      m_server(new QLineEdit(this))
{
    m_name->setObjectName(QStringLiteral("communityNameEdit"));
    m_id->setObjectName(QStringLiteral("communityIdEdit"));
    m_server->setObjectName(QStringLiteral("communityServerEdit"));
    m_name->setAccessibleName(tr("Community name"));
    m_id->setAccessibleName(tr("Community ID"));
    m_server->setAccessibleName(tr("Admin API server"));
    // Reads as a hint, never as a community's real name.
    m_name->setPlaceholderText(tr("Community name, as in the Engage console"));
    m_server->setPlaceholderText(QStringLiteral("https://ACCOUNT.api.digital.ringcentral.com/1.0"));
    m_id->setToolTip(tr("The community's ID in Engage, as the admin API gives it."));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const auto addField = [this, layout](const QString& label, QLineEdit* edit, int stretch) {
        auto* caption = new QLabel(label, this);
        caption->setBuddy(edit);
        layout->addWidget(caption);
        layout->addWidget(edit, stretch);
    };
    addField(tr("Community &name:"), m_name, 2);
    addField(tr("Community &ID:"), m_id, 2);
    addField(tr("Se&rver:"), m_server, 3);

    const auto edits = [this](QLineEdit* edit, QString CommunityInfo::*member,
                              CommunityField field) {
        connect(edit, &QLineEdit::textEdited, this, [this, member, field](const QString& text) {
            CommunityInfo community = m_document->config().community;
            community.*member = text;
            m_document->setCommunity(community, field);
        });
    };
    edits(m_name, &CommunityInfo::name, CommunityNameField);
    edits(m_id, &CommunityInfo::id, CommunityIdField);
    edits(m_server, &CommunityInfo::server, CommunityServerField);
    connect(document, &ConfigDocument::communityChanged, this, &CommunityHeader::showCommunity);
    connect(document, &ConfigDocument::resetDone, this, &CommunityHeader::showCommunity);
    showCommunity();
}

void CommunityHeader::showCommunity()
{
    const CommunityInfo& community = m_document->config().community;
    setTextKeepingCursor(m_name, community.name);
    setTextKeepingCursor(m_id, community.id);
    setTextKeepingCursor(m_server, community.server);
}

} // namespace engage
