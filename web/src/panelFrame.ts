// The same panel UI as the VS Code webview (src/webview), run inside the playground's iframe.
import './vscodeShim';
import '@vscode/codicons/dist/codicon.css';
import './vscodeTheme.css';
import '../../media/cluster.css';
import '../../src/webview/main';
