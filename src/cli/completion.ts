import { CALL_ACTION, commands, PROVIDERS } from './command-table.ts'
import { FORMATS, GLOBAL_FLAGS } from './global-flags.ts'
import { UsageError } from './usage-error.ts'

const META = ['doctor', 'commands', 'schema', 'completion', 'cassette', 'help']

/** Per provider, its commands; per `provider command`, its flags (global ones included). */
function table() {
  const global = Object.keys(GLOBAL_FLAGS).map((f) => `--${f}`)
  const byProvider = Object.fromEntries(PROVIDERS.map((p) => [p, commands.filter((c) => c.provider === p).map((c) => c.name).concat(p === 'agentclick' ? [CALL_ACTION] : [])]))
  const flags = commands.map((c) => [`${c.provider} ${c.name}`, [...[...c.flags.keys()].map((f) => `--${f}`), ...global].join(' ')] as const)
  // Global flags that take a value: the word after one is not a provider or command.
  const valued = Object.entries(GLOBAL_FLAGS).filter(([, f]) => f.type === 'string').map(([name]) => `--${name}`)
  return { global, byProvider, flags, valued }
}

function bash(): string {
  const { global, byProvider, flags, valued } = table()
  return `# affiliate-fetch completion for bash: eval "$(affiliate-fetch completion bash)"
_affiliate_fetch() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}" words=() skip=
  local w; for w in "\${COMP_WORDS[@]:1:COMP_CWORD-1}"; do
    if [[ -n $skip ]]; then skip=; continue; fi
    case $w in ${valued.join('|')}) skip=1;; -*) ;; *) words+=("$w");; esac
  done
  case $prev in
    --record) COMPREPLY=($(compgen -f -- "$cur")); return;;
    --format) COMPREPLY=($(compgen -W "${FORMATS.join(' ')}" -- "$cur")); return;;
  esac
  if [[ $cur == -* ]]; then
    case "\${words[0]} \${words[1]}" in
${flags.map(([k, v]) => `      "${k}") COMPREPLY=($(compgen -W "${v}" -- "$cur")); return;;`).join('\n')}
      "cassette verify") COMPREPLY=($(compgen -W "--json --format --help" -- "$cur")); return;;
    esac
    COMPREPLY=($(compgen -W "${global.join(' ')}" -- "$cur")); return
  fi
  case \${#words[@]} in
    0) COMPREPLY=($(compgen -W "${[...PROVIDERS, ...META].join(' ')}" -- "$cur"));;
    1) case "\${words[0]}" in
${PROVIDERS.map((p) => `         ${p}|schema\\ ${p}) COMPREPLY=($(compgen -W "${byProvider[p]!.join(' ')}" -- "$cur"));;`).join('\n')}
         schema) COMPREPLY=($(compgen -W "${PROVIDERS.join(' ')}" -- "$cur"));;
         completion) COMPREPLY=($(compgen -W "bash zsh fish" -- "$cur"));;
         cassette) COMPREPLY=($(compgen -W "verify" -- "$cur"));;
       esac;;
    2) [[ \${words[0]} == cassette ]] && COMPREPLY=($(compgen -f -- "$cur"))
       [[ \${words[0]} == schema ]] && case "\${words[1]}" in
${PROVIDERS.map((p) => `         ${p}) COMPREPLY=($(compgen -W "${byProvider[p]!.join(' ')}" -- "$cur"));;`).join('\n')}
       esac;;
  esac
}
complete -F _affiliate_fetch affiliate-fetch
`
}

function zsh(): string {
  // zsh runs the bash function through bashcompinit: one script, the same answers.
  return `# affiliate-fetch completion for zsh: eval "$(affiliate-fetch completion zsh)"
autoload -U +X bashcompinit && bashcompinit
${bash().split('\n').slice(1).join('\n')}`
}

function fish(): string {
  const { byProvider } = table()
  const lines = ['# affiliate-fetch completion for fish: affiliate-fetch completion fish | source', 'complete -c affiliate-fetch -f']
  lines.push(`complete -c affiliate-fetch -n '__fish_use_subcommand' -a '${[...PROVIDERS, ...META].join(' ')}'`)
  for (const p of PROVIDERS) lines.push(`complete -c affiliate-fetch -n '__fish_seen_subcommand_from ${p}; and test (count (commandline -opc)) -eq 2' -a '${byProvider[p]!.join(' ')}'`)
  lines.push(`complete -c affiliate-fetch -n '__fish_seen_subcommand_from cassette; and test (count (commandline -opc)) -eq 2' -a 'verify'`)
  lines.push(`complete -c affiliate-fetch -n '__fish_seen_subcommand_from verify' -F`)
  for (const [name, flag] of Object.entries(GLOBAL_FLAGS)) {
    // A flag that takes a value requires it: --record's is a file, --format's one of the formats.
    const value = flag.type === 'string' ? (name === 'record' ? ' -r -F' : name === 'format' ? ` -x -a '${FORMATS.join(' ')}'` : ' -r') : ''
    lines.push(`complete -c affiliate-fetch -l ${name}${'short' in flag ? ` -s ${flag.short}` : ''}${value} -d '${flag.help.replace(/'/g, '')}'`)
  }
  for (const c of commands) {
    for (const flag of c.flags.keys()) lines.push(`complete -c affiliate-fetch -n '__fish_seen_subcommand_from ${c.name}' -l ${flag}`)
  }
  return `${lines.join('\n')}\n`
}

/** A completion script for the shell named. */
export function completion(shell: string | undefined): string {
  if (shell === 'bash') return bash()
  if (shell === 'zsh') return zsh()
  if (shell === 'fish') return fish()
  throw new UsageError('usage: affiliate-fetch completion bash|zsh|fish')
}
