# SPDX-FileCopyrightText: 2026 Keyward developers
# SPDX-License-Identifier: Apache-2.0
# Run by cpack (CPACK_PRE_BUILD_SCRIPTS) on each generator's staging tree,
# after the install rules and before the package is made.
#   DEB: everything is installed under /usr; the configuration belongs in
#        /etc.
#   TGZ: a relocatable tree; the lintian overrides mean nothing there.
#   Both: strip the executable as dh_strip does (CPack's strip keeps .comment).
set(root "${CPACK_TEMPORARY_DIRECTORY}")
if(NOT IS_DIRECTORY "${root}")
    message(FATAL_ERROR "cpack-pre-build: no staging directory '${root}'")
endif()

function(strip_like_dh_strip binary)
    if(NOT EXISTS "${binary}")
        message(FATAL_ERROR "cpack-pre-build: no ${binary}")
    endif()
    execute_process(COMMAND "${CPACK_KEYWARD_STRIP}" --remove-section=.comment
                            --remove-section=.note "${binary}"
                    RESULT_VARIABLE status)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "cpack-pre-build: strip ${binary}: ${status}")
    endif()
endfunction()

if(CPACK_GENERATOR STREQUAL "DEB")
    if(NOT IS_DIRECTORY "${root}/usr/etc/keyward")
        message(FATAL_ERROR "cpack-pre-build: ${root}/usr/etc/keyward is missing")
    endif()
    file(RENAME "${root}/usr/etc" "${root}/etc")
    strip_like_dh_strip("${root}/usr/bin/keyward")
elseif(CPACK_GENERATOR STREQUAL "TGZ")
    file(REMOVE_RECURSE "${root}/share/lintian")
    strip_like_dh_strip("${root}/bin/keyward")
else()
    message(FATAL_ERROR "cpack-pre-build: unexpected generator '${CPACK_GENERATOR}'")
endif()
