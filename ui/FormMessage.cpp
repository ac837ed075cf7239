// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "FormMessage.h"

#include "domain/Sentence.h"

namespace keyward {

QString FormMessage::of(const Sentence &said)
{
    QString text = said.translated();
    if (text.isEmpty())
        return text;
    text[0] = text[0].toUpper();
    if (!text.endsWith(u'.') && !text.endsWith(u'!') && !text.endsWith(u'?'))
        text += u'.';
    return text;
}

} // namespace keyward
