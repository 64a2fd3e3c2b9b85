using System.Collections.Concurrent;
using System.Reflection;
using QualityMap.Grains.Runtime;

namespace QualityMap.Silo.Runtime;

/// <summary>
/// The proxy behind <see cref="IGrainFactory.GetGrain{TGrain}"/>: every interface call becomes a work item on
/// the grain's mailbox. The call is queued synchronously, so calls made in order by one caller run in order.
/// </summary>
public class GrainReference : DispatchProxy
{
    private static readonly ConcurrentDictionary<MethodInfo, Func<GrainCatalog, GrainId, object?[]?, object>> Plans = new();
    private static readonly MethodInfo CallTypedMethod =
        typeof(GrainReference).GetMethod(nameof(CallTyped), BindingFlags.NonPublic | BindingFlags.Static)!;

    private GrainCatalog? _catalog;
    private GrainId _id;

    internal static TGrain Create<TGrain>(GrainCatalog catalog, GrainId id) where TGrain : IGrainWithStringKey
    {
        var proxy = DispatchProxy.Create<TGrain, GrainReference>();
        var reference = (GrainReference)(object)proxy!;
        reference._catalog = catalog;
        reference._id = id;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        if (targetMethod.DeclaringType == typeof(object)) return InvokeObjectMember(targetMethod, args);
        return Plans.GetOrAdd(targetMethod, Plan)(_catalog!, _id, args);
    }

    public override string ToString() => $"GrainReference({_id})";

    private object? InvokeObjectMember(MethodInfo method, object?[]? args) => method.Name switch
    {
        nameof(ToString) => ToString(),
        nameof(GetHashCode) => _id.GetHashCode(),
        nameof(Equals) => args?[0] is GrainReference other && other._id == _id,
        _ => throw new NotSupportedException(method.Name),
    };

    private static Func<GrainCatalog, GrainId, object?[]?, object> Plan(MethodInfo method)
    {
        var oneWay = method.GetCustomAttribute<OneWayAttribute>() is not null;
        if (method.ReturnType == typeof(Task))
        {
            return oneWay
                ? (catalog, id, args) => SendOneWay(catalog, id, method, args)
                : (catalog, id, args) => catalog.CallAsync(id, grain => (Task)Invoke(method, grain, args));
        }
        if (method.ReturnType.IsGenericType && method.ReturnType.GetGenericTypeDefinition() == typeof(Task<>))
        {
            if (oneWay) throw new NotSupportedException($"{method.Name}: a one-way call cannot return a value.");
            var typed = CallTypedMethod.MakeGenericMethod(method.ReturnType.GetGenericArguments()[0]);
            return (Func<GrainCatalog, GrainId, object?[]?, object>)typed.Invoke(null, [method])!;
        }
        throw new NotSupportedException($"Grain method {method.DeclaringType?.Name}.{method.Name} must return Task or Task<T>.");
    }

    private static Func<GrainCatalog, GrainId, object?[]?, object> CallTyped<TResult>(MethodInfo method) =>
        (catalog, id, args) => catalog.CallAsync(id, grain => (Task<TResult>)Invoke(method, grain, args));

    // A grain method that throws before returning its task must surface its own exception, not a
    // TargetInvocationException around it.
    private static object Invoke(MethodInfo method, Grain grain, object?[]? args) =>
        method.Invoke(grain, BindingFlags.DoNotWrapExceptions, binder: null, args, culture: null)!;

    private static Task SendOneWay(GrainCatalog catalog, GrainId id, MethodInfo method, object?[]? args)
    {
        var call = catalog.CallAsync(id, grain => (Task)Invoke(method, grain, args));
        // The caller does not wait; failures still surface, in the catalog's log.
        _ = call.ContinueWith(
            static (t, state) => ((GrainCatalog)state!).ReportOneWayFailure(t.Exception!),
            catalog, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        return Task.CompletedTask;
    }
}
