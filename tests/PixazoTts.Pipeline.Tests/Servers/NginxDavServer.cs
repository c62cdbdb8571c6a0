using System.Security.Cryptography;
using System.Text;

namespace PixazoTts.Pipeline.Tests.Servers;

/// <summary>
/// nginx with WebDAV PUT (Debian's nginx + libnginx-mod-http-dav-ext), started from a generated configuration in a
/// temporary folder on a loopback port. Locations:
/// <list type="bullet">
/// <item><c>/dav/</c>: basic auth (htpasswd made here), PUT with <c>create_full_put_path on</c>;</item>
/// <item><c>/plain/</c>: basic auth, PUT and MKCOL without create_full_put_path (a PUT below a missing folder is 409);</item>
/// <item><c>/bearer/</c>: only <c>Authorization: Bearer &lt;token&gt;</c>, else 401;</item>
/// <item><c>/open/</c>: no auth (for the benchmark and the end-to-end builds that need no secret);</item>
/// <item><c>/broken/</c>: always 500.</item>
/// </list>
/// The access log counts requests per method and path. The benchmarks start it too (without xunit: the fixture
/// interface is declared in NginxDavServer.Fixture.cs).
/// </summary>
public sealed partial class NginxDavServer
{
    public const string NginxPath = "/usr/sbin/nginx";
    public const string DavModulePath = "/usr/lib/nginx/modules/ngx_http_dav_ext_module.so";

    private ServerProcess? _process;

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "pixazotts-nginx-" + Guid.NewGuid().ToString("N")[..8]);

    public int Port { get; } = LoopbackPort.Free();

    public string Username { get; } = "ci-" + Guid.NewGuid().ToString("N")[..6];

    public string Password { get; } = "pw-" + Guid.NewGuid().ToString("N");

    public string Token { get; } = "tok-" + Guid.NewGuid().ToString("N");

    public string WebRoot => Path.Combine(Root, "www");

    public string AccessLog => Path.Combine(Root, "access.log");

    public Uri Url(string location) => new($"http://127.0.0.1:{Port}/{location}/");

    /// <summary>The file behind <paramref name="objectName"/> in <paramref name="location"/>.</summary>
    public string FileOf(string location, string objectName) => Path.Combine(WebRoot, location, objectName.Replace('/', Path.DirectorySeparatorChar));

    public async Task InitializeAsync()
    {
        if (!File.Exists(DavModulePath))
        {
            throw new InvalidOperationException($"{DavModulePath} is missing; install it with 'apt-get install -y nginx libnginx-mod-http-dav-ext' (.ci/run installs it).");
        }

        foreach (string folder in new[] { "dav", "plain", "bearer", "open", "broken" })
        {
            Directory.CreateDirectory(Path.Combine(WebRoot, folder));
        }

        Directory.CreateDirectory(Path.Combine(Root, "tmp"));
        File.WriteAllText(Path.Combine(Root, "htpasswd"), Username + ":" + Ssha(Password) + "\n");
        File.WriteAllText(Path.Combine(Root, "nginx.conf"), Configuration());
        _process = await ServerProcess.StartAsync(
            NginxPath, ["-p", Root, "-c", Path.Combine(Root, "nginx.conf"), "-e", Path.Combine(Root, "error.log")], Port, Root,
            "install it with 'apt-get install -y nginx libnginx-mod-http-dav-ext'");
    }

    public Task DisposeAsync()
    {
        ServerProcess.Stop(_process, Root);
        return Task.CompletedTask;
    }

    /// <summary>Requests in the access log, optionally only of <paramref name="method"/> and below <paramref name="pathPrefix"/>.</summary>
    public int Requests(string? method = null, string? pathPrefix = null)
    {
        if (!File.Exists(AccessLog))
        {
            return 0;
        }

        using var stream = new FileStream(AccessLog, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        int count = 0;
        while (reader.ReadLine() is { } line)
        {
            // Format "METHOD URI STATUS".
            string[] parts = line.Split(' ');
            if (parts.Length >= 3 && (method is null || parts[0] == method) && (pathPrefix is null || parts[1].StartsWith(pathPrefix, StringComparison.Ordinal)))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Files below <paramref name="location"/> (relative, '/'-separated).</summary>
    public IReadOnlyList<string> Files(string location)
    {
        string root = Path.Combine(WebRoot, location);
        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private string Configuration()
    {
        string user = Environment.UserName == "root" ? "user root;" : string.Empty;
        string auth = $"auth_basic \"team cache\"; auth_basic_user_file {Root}/htpasswd;";
        return $$"""
            load_module {{DavModulePath}};
            {{user}}
            worker_processes 1;
            daemon off;
            pid {{Root}}/nginx.pid;
            error_log {{Root}}/error.log warn;
            events { worker_connections 1024; }
            http {
              log_format plain '$request_method $uri $status';
              access_log {{AccessLog}} plain;
              client_body_temp_path {{Root}}/tmp;
              proxy_temp_path {{Root}}/tmp;
              fastcgi_temp_path {{Root}}/tmp;
              uwsgi_temp_path {{Root}}/tmp;
              scgi_temp_path {{Root}}/tmp;
              client_max_body_size 64m;
              server {
                listen 127.0.0.1:{{Port}};
                root {{WebRoot}};
                location /dav/ { {{auth}} dav_methods PUT; create_full_put_path on; dav_access user:rw group:r all:r; }
                location /plain/ { {{auth}} dav_methods PUT MKCOL; dav_access user:rw group:r all:r; }
                location /bearer/ {
                  if ($http_authorization != "Bearer {{Token}}") { return 401; }
                  dav_methods PUT; create_full_put_path on;
                }
                location /open/ { dav_methods PUT; create_full_put_path on; }
                location /broken/ { return 500; }
              }
            }
            """;
    }

    // nginx's htpasswd schemes are crypt(3), apr1 (MD5), {SHA} and {SSHA}: SHA-1 is the format's, for a throwaway test password.
#pragma warning disable CA5350
    private static string Ssha(string password)
    {
        byte[] salt = RandomNumberGenerator.GetBytes(8);
        byte[] hash = SHA1.HashData([.. Encoding.UTF8.GetBytes(password), .. salt]);
        return "{SSHA}" + Convert.ToBase64String([.. hash, .. salt]);
    }
#pragma warning restore CA5350
}
