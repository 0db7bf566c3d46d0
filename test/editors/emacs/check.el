;;; check.el --- drive eglot against PTX Lens in batch mode  -*- lexical-binding: t; -*-

;; A manual check of the Emacs configuration in ptx-lens.el (not part of `npm test'):
;;
;;   npm run build
;;   apt-get install -y --no-install-recommends emacs-nox elpa-eglot   # Debian 12: Emacs 28
;;   HOME=$(mktemp -d) emacs --batch -l test/editors/emacs/check.el
;;
;; Opens a PTX file, a broken PTX file and a .cu file with inline asm; checks the hover, the
;; definition jump, the diagnostics (through flymake) and the hover inside an asm string.
;; Prints one PASS or FAIL line each and exits 1 when any failed. Waits have deadlines.

(require 'cl-lib)
(require 'subr-x)

(defconst check-root
  (expand-file-name "../../.." (file-name-directory (or load-file-name buffer-file-name))))
(defconst check-deadline 30 "Seconds each wait may take.")
(defvar check-failures 0)

(setq ptx-lens-server-command
      (list (or (getenv "PTX_LENS_NODE") (executable-find "node"))
            (expand-file-name "dist/server.js" check-root)
            "--stdio"))
(load (expand-file-name "test/editors/emacs/ptx-lens.el" check-root) nil t)

;; Settings as docs/editors.md shows them; the server reports the arch it uses in its
;; ptxLens/toolchainStatus notification (the default is sm_90).
(setq-default eglot-workspace-configuration '(:ptxLens (:nvcc (:arch "sm_90a"))))
(defvar check-toolchain-status nil "The params of every ptxLens/toolchainStatus, newest first.")
(cl-defmethod eglot-handle-notification (_server (_method (eql ptxLens/toolchainStatus)) &rest params)
  (push params check-toolchain-status))

(defun check-report (name ok detail)
  (princ (format "%s %s%s\n" (if ok "PASS" "FAIL") name (if ok "" (format ": %s" detail))))
  (unless ok (cl-incf check-failures)))

(defun check-wait (predicate)
  "Calls PREDICATE until it returns non-nil or `check-deadline' passes; returns its value."
  (let ((end (+ (float-time) check-deadline)) value)
    (while (and (not (setq value (funcall predicate))) (< (float-time) end))
      (accept-process-output nil 0.05))
    value))

(defun check-open (relative)
  "Visits RELATIVE under the repository and lets eglot connect, as the first command would."
  (let ((buffer (find-file-noselect (expand-file-name relative check-root))))
    (set-buffer buffer)
    (switch-to-buffer buffer)
    (run-hooks 'post-command-hook)
    (check-wait (lambda () (and (eglot-current-server) (eglot--managed-mode))))
    buffer))

(defun check-goto (needle &optional nth occurrence)
  (goto-char (point-min))
  (search-forward needle nil nil (or occurrence 1))
  (goto-char (+ (match-beginning 0) (or nth 0))))

(defun check-hover ()
  (let ((hover (jsonrpc-request (eglot--current-server-or-lose) :textDocument/hover
                                (eglot--TextDocumentPositionParams))))
    (and hover (let ((contents (plist-get hover :contents)))
                 (if (stringp contents) contents (plist-get contents :value))))))

(defun check-run ()
  (princ (format "%s, eglot %s\n" (car (split-string (emacs-version) "\n"))
                 (or (ignore-errors (require 'lisp-mnt) (lm-version (find-library-name "eglot"))) "?")))
  ;; (a) hover on an instruction
  (with-current-buffer (check-open "test/fixtures/workspace/kernel.ptx")
    (check-report "ptx-mode on kernel.ptx" (eq major-mode 'ptx-mode) major-mode)
    (check-report "eglot manages kernel.ptx" (eglot-current-server) "no server")
    (check-report "settings reach the server (arch sm_90a)"
                  (check-wait (lambda () (cl-some (lambda (p) (equal (plist-get p :arch) "sm_90a")) check-toolchain-status)))
                  check-toolchain-status)
    (check-goto "ld.global.u32" 1)
    (let ((text (check-hover)))
      (check-report "hover on ld" (and text (string-match-p "Load a value or vector from memory into registers" text)) text))
    ;; (c) definition of a register, through xref as M-. does it
    (check-goto "[%rd2];" 2)
    (xref-find-definitions (xref-backend-identifier-at-point (xref-find-backend)))
    (check-report "definition of %rd2" (string-match-p "\\.reg \\.b64" (thing-at-point 'line t))
                  (format "line %d: %s" (line-number-at-pos) (thing-at-point 'line t))))
  ;; (b) diagnostics of a broken file, as flymake shows them
  (with-current-buffer (check-open "test/editors/fixtures/broken.ptx")
    (let ((diagnostics (check-wait (lambda () (flymake-start) (and (>= (length (flymake-diagnostics)) 2) (flymake-diagnostics))))))
      (check-report "diagnostics of broken.ptx"
                    (cl-some (lambda (d)
                               (and (string-match-p "mad\\.lo\\.s32 takes 4 operands" (flymake-diagnostic-text d))
                                    (save-excursion (goto-char (flymake-diagnostic-beg d))
                                                    (string-match-p "mad\\.lo\\.s32" (thing-at-point 'line t)))))
                             diagnostics)
                    (mapcar #'flymake-diagnostic-text diagnostics))))
  ;; (d) hover inside inline asm in a .cu file
  (with-current-buffer (check-open "test/fixtures/cuda/inline_asm.cu")
    (check-report "cuda-mode on inline_asm.cu" (eq major-mode 'cuda-mode) major-mode)
    (check-report "languageId cuda-cpp" (equal (eglot--language-id (eglot--current-server-or-lose)) "cuda-cpp")
                  (eglot--language-id (eglot--current-server-or-lose)))
    (check-goto "ex2.approx.ftz.f32" 1)
    (let ((text (check-hover)))
      (check-report "hover on ex2 in asm()" (and text (string-match-p "Fast approximate power of two" text)) text))))

(condition-case err
    (check-run)
  (error (check-report "the check ran to its end" nil (error-message-string err))))
(ignore-errors (eglot-shutdown-all))
(princ (format "%d failed\n" check-failures))
(kill-emacs (if (zerop check-failures) 0 1))

;;; check.el ends here
