#pragma once

#include <QMap>
#include <QMessageBox>
#include <QString>

class QWidget;

namespace engage::prompts {

// The application's modal questions and file choosers, in one place so that tests can answer
// them in advance: a queued answer is taken instead of showing the dialog. buttonTexts relabels
// standard buttons ("Save anyway" on Save), which keep their role and are answered as such.
QMessageBox::StandardButton ask(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                                const QString& text, QMessageBox::StandardButtons buttons,
                                QMessageBox::StandardButton defaultButton,
                                const QMap<QMessageBox::StandardButton, QString>& buttonTexts = {});
// An empty string when the person cancels.
QString openFileName(QWidget* parent, const QString& caption, const QString& filter);
// A name typed without an extension gets defaultSuffix (without its dot, if not empty), before
// the chooser asks whether to replace an existing file of that name.
QString saveFileName(QWidget* parent, const QString& caption, const QString& suggestedPath,
                     const QString& filter, const QString& defaultSuffix = QString());

// The file choosers' filter for a configuration: "Engage configuration (*.json)", then
// "All files (*)"; a name saved without an extension gets configurationSuffix.
QString configurationFilter();
inline const QString configurationSuffix = QStringLiteral("json");

// Test seams: answers given before the question is asked, used in order.
void answerNextQuestion(QMessageBox::StandardButton answer);
void answerNextFileChooser(const QString& path);
// The text of the last question that took a queued answer, for a test to check what was asked.
QString lastAnsweredQuestion();
// True when every queued answer has been used.
bool allAnswersUsed();
// Forgets the answers not used, so that one test's leftovers never answer the next test.
void clearAnswers();

} // namespace engage::prompts
