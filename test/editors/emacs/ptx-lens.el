;;; ptx-lens.el --- PTX Lens through eglot  -*- lexical-binding: t; -*-

;; A `ptx-mode' for *.ptx, a `cuda-mode' for *.cu/*.cuh when no CUDA mode is installed, and
;; PTX Lens as their eglot server. Tried with Emacs 28.2 and eglot 1.9 (Debian 12's elpa-eglot);
;; Emacs 29 and later have eglot built in. Set `ptx-lens-server-command' before loading this
;; file to start the server another way, e.g. '("node" "/path/to/dist/server.js" "--stdio").

(require 'eglot)

(defvar ptx-lens-server-command '("ptx-lens-server" "--stdio")
  "How to start the PTX Lens language server.")

;; Emacs has no PTX mode: a small one, with // and /* */ comments and a little highlighting.
(defvar ptx-mode-syntax-table
  (let ((table (make-syntax-table)))
    (modify-syntax-entry ?/ ". 124b" table)
    (modify-syntax-entry ?* ". 23" table)
    (modify-syntax-entry ?\n "> b" table)
    (dolist (char '(?. ?% ?$ ?_ ?:))
      (modify-syntax-entry char "_" table))
    table)
  "Syntax table of `ptx-mode'.")

(defvar ptx-mode-font-lock-keywords
  '(("^\\s-*\\([$A-Za-z_][$A-Za-z0-9_]*\\):" 1 font-lock-function-name-face)
    ("\\_<\\.[a-z_][a-z0-9_]*\\_>" . font-lock-keyword-face)
    ("%[A-Za-z_][A-Za-z0-9_.]*" . font-lock-variable-name-face)
    ("^\\s-*\\(?:@!?%?[A-Za-z0-9_]+\\s-+\\)?\\([a-z][a-z0-9_]*\\)" 1 font-lock-builtin-face))
  "Highlighting of `ptx-mode': labels, directives, registers and mnemonics.")

(define-derived-mode ptx-mode prog-mode "PTX"
  "Major mode for NVIDIA PTX assembly."
  (setq-local comment-start "// ")
  (setq-local comment-end "")
  (setq-local font-lock-defaults '(ptx-mode-font-lock-keywords)))

(add-to-list 'auto-mode-alist '("\\.ptx\\'" . ptx-mode))

;; Emacs has no CUDA mode either; use cuda-mode (MELPA) when it is installed.
(unless (fboundp 'cuda-mode)
  (define-derived-mode cuda-mode c++-mode "CUDA"
    "C++ mode for CUDA sources."))
(add-to-list 'auto-mode-alist '("\\.cuh?\\'" . cuda-mode))

;; The server tells PTX from CUDA by languageId: `ptx' (from the mode's name) and `cuda-cpp'.
;; Two entries, because eglot 1.9 gives all buffers of one server the same languageId.
;; `cuda-mode' derives from `c++-mode': listed first, PTX Lens (not clangd) serves .cu files.
(add-to-list 'eglot-server-programs `(ptx-mode . ,ptx-lens-server-command))
(add-to-list 'eglot-server-programs `((cuda-mode :language-id "cuda-cpp") . ,ptx-lens-server-command))

(add-hook 'ptx-mode-hook #'eglot-ensure)
(add-hook 'cuda-mode-hook #'eglot-ensure)

(provide 'ptx-lens)
;;; ptx-lens.el ends here
